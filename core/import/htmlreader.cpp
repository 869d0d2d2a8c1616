#include "htmlreader.h"

#include "parse/textnormalizer.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QString nameOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

int span(const xmlNode *cell, const char *name)
{
    const int value = attribute(cell, name).trimmed().toInt();
    return std::clamp(value, 1, HtmlReader::maxSpan);
}

bool isBlock(const QString &name)
{
    static const QStringList blocks = {u"p"_s, u"div"_s, u"li"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
        u"section"_s, u"article"_s, u"blockquote"_s, u"pre"_s, u"ul"_s, u"ol"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"center"_s,
        u"address"_s, u"header"_s, u"footer"_s, u"main"_s, u"caption"_s, u"hr"_s};
    return blocks.contains(name);
}

bool isSkipped(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"head" || name == u"noscript" || name == u"template"
        || name == u"iframe" || name == u"object";
}

// Walks the tree into lines. Text inside a table cell stays on the cell's line.
class TextWalker {
public:
    QStringList lines;

    void walk(const xmlNode *node, int depth)
    {
        for (const xmlNode *child = node; child; child = child->next)
            visit(child, depth);
    }

    void finish() { breakLine(); }

private:
    void visit(const xmlNode *node, int depth)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            m_line += QString::fromUtf8(reinterpret_cast<const char *>(node->content));
            return;
        }
        if (node->type != XML_ELEMENT_NODE)
            return;
        const QString name = nameOf(node);
        if (isSkipped(name))
            return;
        if (depth >= HtmlReader::maxDepth) {
            xmlChar *content = xmlNodeGetContent(node);
            m_line += QString::fromUtf8(reinterpret_cast<const char *>(content));
            xmlFree(content);
            return;
        }
        if (name == u"br") {
            breakLine();
            return;
        }
        if (name == u"table") {
            breakLine();
            table(node, depth);
            return;
        }
        const bool block = isBlock(name);
        if (block)
            breakLine();
        walk(node->children, depth + 1);
        if (block)
            breakLine();
    }

    void breakLine()
    {
        const QString line = TextNormalizer::foldSpaces(m_line).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        m_line.clear();
    }

    // The text of a cell on one line, whatever blocks it holds.
    QString cellText(const xmlNode *cell, int depth)
    {
        TextWalker inner;
        inner.walk(cell->children, depth + 1);
        inner.finish();
        QString text = inner.lines.join(u' ');
        text.replace(u'\t', u' ');
        return text;
    }

    void rows(const xmlNode *node, int depth, QList<const xmlNode *> &found)
    {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE)
                continue;
            const QString name = nameOf(child);
            if (name == u"tr")
                found.append(child);
            else if ((name == u"thead" || name == u"tbody" || name == u"tfoot") && depth < HtmlReader::maxDepth)
                rows(child, depth + 1, found);
        }
    }

    void table(const xmlNode *node, int depth)
    {
        QList<const xmlNode *> found;
        rows(node, depth, found);
        QList<int> covered; // per column: rows a rowspan above still covers
        for (const xmlNode *row : std::as_const(found)) {
            QStringList cells;
            auto fillCovered = [&] {
                while (cells.size() < covered.size() && covered.at(cells.size()) > 0
                    && cells.size() < HtmlReader::maxColumns) {
                    --covered[cells.size()];
                    cells.append(QString());
                }
            };
            for (const xmlNode *cell = row->children; cell; cell = cell->next) {
                if (cell->type != XML_ELEMENT_NODE || (nameOf(cell) != u"td" && nameOf(cell) != u"th"))
                    continue;
                fillCovered();
                const int rowSpan = span(cell, "rowspan");
                const int colSpan = span(cell, "colspan");
                for (int c = 0; c < colSpan && cells.size() < HtmlReader::maxColumns; ++c) {
                    const qsizetype column = cells.size();
                    if (covered.size() <= column)
                        covered.resize(column + 1);
                    covered[column] = rowSpan - 1;
                    cells.append(c == 0 ? cellText(cell, depth + 1) : QString());
                }
            }
            fillCovered();
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            if (!cells.isEmpty())
                lines.append(cells.join(u'\t'));
        }
    }

    QString m_line;
};

QString metaCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        uR"(charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+))"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).toUpper();
    if (name == u"GB2312" || name == u"GBK" || name == u"X-GBK" || name == u"CP936" || name == u"GB_2312-80")
        return u"GB18030"_s;
    return name;
}

} // namespace

bool HtmlReader::looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed().toLower();
    return head.startsWith('<')
        && (head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
            || head.contains("<body"));
}

SourceText HtmlReader::read(const QByteArray &bytes, const QString &fileName, const QString &encoding)
{
    QString chosen = encoding;
    const bool bom = QStringConverter::encodingForData(bytes).has_value();
    if (chosen.isEmpty() && !bom)
        chosen = metaCharset(bytes);
    SourceText decoded = SourceText::fromBytes(bytes, fileName, chosen);
    if (!decoded.isValid() && !chosen.isEmpty() && encoding.isEmpty())
        decoded = SourceText::fromBytes(bytes, fileName); // the page lied about its charset
    if (!decoded.isValid())
        return decoded;
    SourceText source = fromHtml(decoded.text, fileName);
    source.encoding = decoded.encoding;
    return source;
}

SourceText HtmlReader::fromHtml(const QString &html, const QString &fileName)
{
    SourceText source;
    source.fileName = fileName;
    source.kind = u"html"_s;
    const QByteArray utf8 = html.toUtf8();
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8.constData(), int(std::min<qsizetype>(utf8.size(), INT_MAX)), nullptr, "UTF-8", options),
        &xmlFreeDoc);
    if (!doc) {
        source.error = tr("%1 could not be read as a web page.").arg(fileName);
        return source;
    }
    TextWalker walker;
    walker.walk(xmlDocGetRootElement(doc.get()), 0);
    walker.finish();
    source.text = walker.lines.join(u'\n').trimmed();
    if (source.text.isEmpty())
        source.error = tr("%1 holds no text.").arg(fileName);
    return source;
}

} // namespace Taizhang
