#include "ledgerexporter.h"

#include "exportfile.h"

namespace Taizhang {

ExportResult LedgerExporter::writeStreamOrFile(const ExportJob &job, const std::function<QString(QIODevice *)> &write)
{
    ExportResult result;
    result.error = job.stream ? write(job.stream) : ExportFile::save(job.path, write);
    return result;
}

} // namespace Taizhang
