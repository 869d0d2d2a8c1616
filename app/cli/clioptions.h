#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Taizhang::CliOptions {

// A subcommand's options, parsed from the arguments after the subcommand's name.
inline bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("taizhang-cli")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace Taizhang::CliOptions
