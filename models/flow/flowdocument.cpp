#include "flowdocument.h"

#include <atomic>

namespace {
// Revisions are unique across documents, so a result computed for one document is never
// mistaken for another's.
quint64 nextRevision()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}
} // namespace

FlowDocument::FlowDocument() : m_root(JsonValue::array())
{
    m_revision = nextRevision();
    m_text = JsonWriter::writeAndLocate(m_root, m_format);
}

FlowDocument FlowDocument::fromText(QString text)
{
    FlowDocument doc;
    doc.setText(std::move(text));
    return doc;
}

bool FlowDocument::setText(QString text)
{
    m_revision = nextRevision();
    m_text = std::move(text);
    auto parsed = JsonParser::parse(m_text);
    if (auto *error = std::get_if<JsonParseError>(&parsed)) {
        m_syntaxError = *error;
        m_canonical = false;
        return false;
    }
    m_syntaxError.reset();
    m_root = std::move(std::get<JsonValue>(parsed));
    m_format = JsonFormat::detect(m_text);
    m_canonical = JsonWriter::write(m_root, m_format) == m_text;
    return true;
}

void FlowDocument::setRoot(JsonValue root)
{
    m_root = std::move(root);
    treeChanged();
}

void FlowDocument::treeChanged()
{
    m_revision = nextRevision();
    m_syntaxError.reset();
    m_text = JsonWriter::writeAndLocate(m_root, m_format);
    m_canonical = true;
}

void FlowDocument::setFormat(const JsonFormat &format)
{
    m_format = format;
    if (!hasSyntaxError())
        treeChanged();
}

const JsonValue *FlowDocument::message(qsizetype index) const
{
    if (!m_root.isArray() || index < 0 || index >= m_root.size())
        return nullptr;
    return &m_root.at(index);
}

void FlowDocument::restore(const Snapshot &snapshot)
{
    m_revision = nextRevision();
    m_text = snapshot.text;
    m_root = snapshot.root;
    m_format = snapshot.format;
    m_syntaxError = snapshot.syntaxError;
    m_canonical = snapshot.canonical;
}
