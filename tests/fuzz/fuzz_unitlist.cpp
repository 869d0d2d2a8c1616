// Fuzz target: unit lists with their role words, prefixes and brackets.
#include "fuzzsupport.h"
#include "parse/unitlistparser.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)UnitListParser::parse(QString::fromUtf8(input));
}
