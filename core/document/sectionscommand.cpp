#include "sectionscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

namespace Taizhang {

SectionsCommand::SectionsCommand(LedgerWriter *writer, QList<Section> before, QList<Section> after, const QString &text)
    : m_writer(writer)
    , m_kind(Kind::Edited)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

SectionsCommand::SectionsCommand(
    LedgerWriter *writer, Section section, bool removed, QList<qint64> movedTasks, qint64 movedTo, const QString &text)
    : m_writer(writer)
    , m_kind(removed ? Kind::Removed : Kind::Added)
    , m_before({section})
    , m_movedTasks(std::move(movedTasks))
    , m_movedTo(movedTo)
{
    setText(text);
}

void SectionsCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    switch (m_kind) {
    case Kind::Edited: m_writer->writeSections(m_before); break;
    case Kind::Added: m_writer->writeSectionRemoval(m_before.constFirst(), 0); break;
    case Kind::Removed: m_writer->writeSectionRestore(m_before.constFirst(), m_movedTasks); break;
    }
    m_applied = false;
}

void SectionsCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    switch (m_kind) {
    case Kind::Edited: m_writer->writeSections(m_after); break;
    case Kind::Added: m_writer->writeSectionRestore(m_before.constFirst(), {}); break;
    case Kind::Removed: m_writer->writeSectionRemoval(m_before.constFirst(), m_movedTo); break;
    }
    m_applied = true;
}

} // namespace Taizhang
