#include "planimporter.h"

namespace Taizhang {

PlanImporter::~PlanImporter() = default;

} // namespace Taizhang
