// Fuzz target: deadline texts and the milestones inside a requirement.
#include "fuzzsupport.h"
#include "parse/deadlineparser.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const DeadlineParser parser(2024);
    (void)parser.parse(text);
    (void)parser.milestones(text);
}
