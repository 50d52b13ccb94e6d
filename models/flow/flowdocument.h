#pragma once

#include "flow/flowjson.h"

#include <QString>

#include <optional>

// A dialogue flow being edited: its text and the tree read from it.
//
// The text is the truth. Loading keeps it exactly; an edit through the tree (a form, an
// edit command) writes the tree back in the layout the text had (JsonFormat), so a flow
// in canonical form round-trips byte for byte. Text that does not parse is kept as it is,
// with its syntax error; the tree then stays the last one that parsed, so nothing typed is
// ever thrown away and the form can show the last good state.
class FlowDocument
{
public:
    FlowDocument(); // an empty flow: "[]\n"
    static FlowDocument fromText(QString text);

    const QString &text() const { return m_text; }
    // Replaces the text; parses it. Returns whether it parsed.
    bool setText(QString text);

    bool hasSyntaxError() const { return m_syntaxError.has_value(); }
    // Whether the text is exactly what writing the tree in its layout gives (then an undo
    // can write it again instead of keeping a copy).
    bool isTextCanonical() const { return m_canonical; }
    const std::optional<JsonParseError> &syntaxError() const { return m_syntaxError; }

    // The tree of the text (or of the last text that parsed).
    const JsonValue &root() const { return m_root; }
    // Replaces the tree and writes the text from it.
    void setRoot(JsonValue root);
    // For edit commands: change the tree in place, then call treeChanged().
    JsonValue &mutableRoot() { return m_root; }
    void treeChanged();

    const JsonFormat &format() const { return m_format; }
    void setFormat(const JsonFormat &format);

    // Messages of the flow (empty when the root is not an array).
    qsizetype messageCount() const { return m_root.isArray() ? m_root.size() : 0; }
    const JsonValue *message(qsizetype index) const;

    // Everything the document holds, to put back exactly (undo of text edits).
    struct Snapshot
    {
        QString text;
        JsonValue root;
        JsonFormat format;
        std::optional<JsonParseError> syntaxError;
        bool canonical = false;
    };
    Snapshot snapshot() const { return {m_text, m_root, m_format, m_syntaxError, m_canonical}; }
    void restore(const Snapshot &snapshot);

    // Changes on every change (unique across documents); views and background validation
    // compare it to know whether what they hold is current.
    quint64 revision() const { return m_revision; }

private:
    QString m_text;
    JsonValue m_root;
    JsonFormat m_format;
    std::optional<JsonParseError> m_syntaxError;
    bool m_canonical = true;
    quint64 m_revision = 0;
};
