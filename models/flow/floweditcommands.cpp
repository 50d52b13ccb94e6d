#include "floweditcommands.h"

#include "logging.h"

#include <QCoreApplication>

namespace {

JsonValue *resolveArray(FlowDocument &doc, const JsonPath &path)
{
    JsonValue *array = path.resolve(doc.mutableRoot());
    if (!array || !array->isArray()) {
        qCWarning(lcFlow) << "Edit of a missing array" << path.toString();
        return nullptr;
    }
    return array;
}
} // namespace

void FlowEditCommand::redo(FlowDocument &doc)
{
    if (!editsTree()) {
        doRedo(doc);
        return;
    }
    if (doc.hasSyntaxError() || !doc.isTextCanonical())
        m_textBeforeRedo = doc.text();
    else
        m_textBeforeRedo.reset();
    doRedo(doc);
    doc.treeChanged();
}

void FlowEditCommand::undo(FlowDocument &doc)
{
    if (!editsTree()) {
        doUndo(doc);
        return;
    }
    doUndo(doc);
    // Bring back the exact text from before: written again from the tree when that gives it,
    // else the copy (its own layout, or its syntax error — then the tree just restored by
    // doUndo stays the last good one).
    if (m_textBeforeRedo)
        doc.setText(*m_textBeforeRedo);
    else
        doc.treeChanged();
}

// ---------------------------------------------------------------------------------------------

SetValueCommand::SetValueCommand(JsonPath path, std::optional<JsonValue> value, QString text)
    : m_path(std::move(path)), m_value(std::move(value)), m_text(std::move(text))
{
}

QString SetValueCommand::text() const
{
    if (!m_text.isEmpty())
        return m_text;
    return m_value ? QCoreApplication::translate("FlowEditCommand", "Change %1").arg(m_path.toString()) : QCoreApplication::translate("FlowEditCommand", "Remove %1").arg(m_path.toString());
}

bool SetValueCommand::mergeWith(const FlowEditCommand &other)
{
    const auto *o = dynamic_cast<const SetValueCommand *>(&other);
    if (!o || !o->m_mergeable || !(o->m_path == m_path))
        return false;
    m_value = o->m_value;
    return true;
}

void SetValueCommand::doRedo(FlowDocument &doc)
{
    JsonValue *parent = m_path.parent().resolve(doc.mutableRoot());
    if (!parent || m_path.isEmpty()) {
        qCWarning(lcFlow) << "Edit of a missing value" << m_path.toString();
        return;
    }
    const auto &step = m_path.last();
    if (const auto *index = std::get_if<qsizetype>(&step)) {
        if (!parent->isArray() || *index < 0 || *index >= parent->size())
            return;
        m_old = parent->at(*index);
        if (m_value)
            parent->at(*index) = *m_value;
        return;
    }
    if (!parent->isObject())
        return;
    const QString &key = std::get<QString>(step);
    m_oldIndex = parent->indexOf(key);
    m_old.reset();
    if (m_oldIndex >= 0)
        m_old = parent->members()[size_t(m_oldIndex)].value;
    if (m_value)
        parent->set(key, *m_value);
    else
        parent->remove(key);
}

void SetValueCommand::doUndo(FlowDocument &doc)
{
    JsonValue *parent = m_path.parent().resolve(doc.mutableRoot());
    if (!parent || m_path.isEmpty())
        return;
    const auto &step = m_path.last();
    if (const auto *index = std::get_if<qsizetype>(&step)) {
        if (parent->isArray() && m_old && *index >= 0 && *index < parent->size())
            parent->at(*index) = *m_old;
        return;
    }
    if (!parent->isObject())
        return;
    const QString &key = std::get<QString>(step);
    auto &members = parent->members();
    if (!m_old) {
        parent->remove(key);
        return;
    }
    const qsizetype now = parent->indexOf(key);
    if (now >= 0) {
        members[size_t(now)].value = *m_old;
    } else {
        // The member was removed by redo: put it back where it was.
        const qsizetype at = std::clamp<qsizetype>(m_oldIndex, 0, qsizetype(members.size()));
        members.insert(members.begin() + at, JsonMember{key, {}, {}, *m_old});
    }
}

// ---------------------------------------------------------------------------------------------

InsertItemCommand::InsertItemCommand(JsonPath arrayPath, qsizetype index, JsonValue value, QString text)
    : m_array(std::move(arrayPath)), m_index(index), m_value(std::move(value)), m_text(std::move(text))
{
}

QString InsertItemCommand::text() const
{
    if (!m_text.isEmpty())
        return m_text;
    return m_array.isEmpty() ? QCoreApplication::translate("FlowEditCommand", "Insert message") : QCoreApplication::translate("FlowEditCommand", "Insert item into %1").arg(m_array.toString());
}

qsizetype InsertItemCommand::focusMessage() const
{
    return m_array.isEmpty() ? m_index : m_array.messageIndex();
}

void InsertItemCommand::doRedo(FlowDocument &doc)
{
    if (JsonValue *a = resolveArray(doc, m_array))
        a->insert(std::clamp<qsizetype>(m_index, 0, a->size()), m_value);
}

void InsertItemCommand::doUndo(FlowDocument &doc)
{
    JsonValue *a = resolveArray(doc, m_array);
    const qsizetype at = a ? std::clamp<qsizetype>(m_index, 0, a->size()) : -1;
    if (a && at < a->size())
        a->takeAt(at);
}

// ---------------------------------------------------------------------------------------------

RemoveItemCommand::RemoveItemCommand(JsonPath arrayPath, qsizetype index, QString text)
    : m_array(std::move(arrayPath)), m_index(index), m_text(std::move(text))
{
}

QString RemoveItemCommand::text() const
{
    if (!m_text.isEmpty())
        return m_text;
    return m_array.isEmpty() ? QCoreApplication::translate("FlowEditCommand", "Delete message") : QCoreApplication::translate("FlowEditCommand", "Delete item of %1").arg(m_array.toString());
}

qsizetype RemoveItemCommand::focusMessage() const
{
    return m_array.isEmpty() ? m_index : m_array.messageIndex();
}

void RemoveItemCommand::doRedo(FlowDocument &doc)
{
    m_removed.reset();
    JsonValue *a = resolveArray(doc, m_array);
    if (a && m_index >= 0 && m_index < a->size())
        m_removed = a->takeAt(m_index);
}

void RemoveItemCommand::doUndo(FlowDocument &doc)
{
    JsonValue *a = resolveArray(doc, m_array);
    if (a && m_removed)
        a->insert(std::clamp<qsizetype>(m_index, 0, a->size()), *m_removed);
}

// ---------------------------------------------------------------------------------------------

MoveItemCommand::MoveItemCommand(JsonPath arrayPath, qsizetype from, qsizetype to, QString text)
    : m_array(std::move(arrayPath)), m_from(from), m_to(to), m_text(std::move(text))
{
}

QString MoveItemCommand::text() const
{
    if (!m_text.isEmpty())
        return m_text;
    return m_array.isEmpty() ? QCoreApplication::translate("FlowEditCommand", "Move message") : QCoreApplication::translate("FlowEditCommand", "Move item of %1").arg(m_array.toString());
}

qsizetype MoveItemCommand::focusMessage() const
{
    return m_array.isEmpty() ? m_to : m_array.messageIndex();
}

namespace {
void moveItem(JsonValue *a, qsizetype from, qsizetype to)
{
    if (!a || from < 0 || from >= a->size() || to < 0 || to >= a->size() || from == to)
        return;
    JsonValue v = a->takeAt(from);
    a->insert(to, std::move(v));
}
} // namespace

void MoveItemCommand::doRedo(FlowDocument &doc)
{
    moveItem(resolveArray(doc, m_array), m_from, m_to);
}

void MoveItemCommand::doUndo(FlowDocument &doc)
{
    moveItem(resolveArray(doc, m_array), m_to, m_from);
}

// ---------------------------------------------------------------------------------------------

SetTextCommand::SetTextCommand(QString newText, QString text) : m_new(std::move(newText)), m_text(std::move(text)) {}

QString SetTextCommand::text() const
{
    return m_text.isEmpty() ? QCoreApplication::translate("FlowEditCommand", "Edit JSON text") : m_text;
}

bool SetTextCommand::mergeWith(const FlowEditCommand &other)
{
    const auto *o = dynamic_cast<const SetTextCommand *>(&other);
    if (!o || !o->m_mergeable)
        return false;
    m_new = o->m_new;
    return true;
}

void SetTextCommand::doRedo(FlowDocument &doc)
{
    m_oldText = doc.text();
    if (doc.hasSyntaxError())
        m_old = doc.snapshot();
    else
        m_old.reset();
    doc.setText(m_new);
}

void SetTextCommand::doUndo(FlowDocument &doc)
{
    if (m_old)
        doc.restore(*m_old);
    else if (m_oldText)
        doc.setText(*m_oldText);
}

// ---------------------------------------------------------------------------------------------

CompositeCommand::CompositeCommand(QString text) : m_text(std::move(text)) {}

void CompositeCommand::add(std::unique_ptr<FlowEditCommand> command)
{
    m_commands.push_back(std::move(command));
}

qsizetype CompositeCommand::focusMessage() const
{
    return m_commands.empty() ? -1 : m_commands.back()->focusMessage();
}

void CompositeCommand::doRedo(FlowDocument &doc)
{
    for (auto &c : m_commands)
        c->redo(doc);
}

void CompositeCommand::doUndo(FlowDocument &doc)
{
    for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
        (*it)->undo(doc);
}
