#pragma once

#include "flow/flowdocument.h"
#include "flow/flowjson.h"

#include <QString>

#include <memory>
#include <optional>

// Every change to a flow, as a command that can be done and undone on a FlowDocument.
// The editor's QUndoStack wraps each one in a QUndoCommand; the CLI and tests run them
// directly. Undo brings back the exact text from before the command (its layout, or its
// syntax error when it had one), so an edit never throws typed text away.
class FlowEditCommand
{
public:
    virtual ~FlowEditCommand() = default;

    void redo(FlowDocument &doc);
    void undo(FlowDocument &doc);

    // What the command did, for the Edit menu ("Undo Change amount"), translated.
    virtual QString text() const = 0;
    // Commands with the same non-negative id may merge (typing into one field).
    virtual int mergeId() const { return -1; }
    virtual bool mergeWith(const FlowEditCommand &) { return false; }
    // The message to select after the command ran, or -1.
    virtual qsizetype focusMessage() const { return -1; }

protected:
    virtual void doRedo(FlowDocument &doc) = 0;
    virtual void doUndo(FlowDocument &doc) = 0;
    // Whether the command changes the tree (and the text is written from it afterwards);
    // false for commands that set the text themselves or run other commands.
    virtual bool editsTree() const { return true; }

private:
    // The text before, kept only when writing the tree would not give it back.
    std::optional<QString> m_textBeforeRedo;
};

// Sets (or with no value, removes) the value at a path: a field of a message, of a button,
// of a condition. The parent must exist. A new object member goes to the end.
class SetValueCommand final : public FlowEditCommand
{
public:
    SetValueCommand(JsonPath path, std::optional<JsonValue> value, QString text = {});
    QString text() const override;
    // Edits of one field merge while the field stays the same (typing).
    int mergeId() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const FlowEditCommand &other) override;
    qsizetype focusMessage() const override { return m_path.messageIndex(); }
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    const JsonPath &path() const { return m_path; }

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;

private:
    JsonPath m_path;
    std::optional<JsonValue> m_value;
    std::optional<JsonValue> m_old;
    qsizetype m_oldIndex = -1;
    QString m_text;
    bool m_mergeable = false;
};

// Inserts an item into an array (a message into the flow, a button into a message).
class InsertItemCommand final : public FlowEditCommand
{
public:
    InsertItemCommand(JsonPath arrayPath, qsizetype index, JsonValue value, QString text = {});
    QString text() const override;
    qsizetype focusMessage() const override;

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;

private:
    JsonPath m_array;
    qsizetype m_index;
    JsonValue m_value;
    QString m_text;
};

// Removes an item from an array.
class RemoveItemCommand final : public FlowEditCommand
{
public:
    RemoveItemCommand(JsonPath arrayPath, qsizetype index, QString text = {});
    QString text() const override;
    qsizetype focusMessage() const override;

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;

private:
    JsonPath m_array;
    qsizetype m_index;
    std::optional<JsonValue> m_removed;
    QString m_text;
};

// Moves an item inside an array: afterwards it is at index `to`.
class MoveItemCommand final : public FlowEditCommand
{
public:
    MoveItemCommand(JsonPath arrayPath, qsizetype from, qsizetype to, QString text = {});
    QString text() const override;
    qsizetype focusMessage() const override;

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;

private:
    JsonPath m_array;
    qsizetype m_from;
    qsizetype m_to;
    QString m_text;
};

// Replaces the whole text (the raw JSON tab, a rollback, "reformat").
class SetTextCommand final : public FlowEditCommand
{
public:
    explicit SetTextCommand(QString newText, QString text = {});
    QString text() const override;
    int mergeId() const override { return m_mergeable ? 2 : -1; }
    bool mergeWith(const FlowEditCommand &other) override;
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;
    bool editsTree() const override { return false; }

private:
    QString m_new;
    std::optional<QString> m_oldText;
    // The whole old state, kept only when the old text did not parse (its tree is then the
    // last good one, which the new text no longer gives back).
    std::optional<FlowDocument::Snapshot> m_old;
    QString m_text;
    bool m_mergeable = false;
};

// Runs commands one after the other as one step (drag-and-drop of several, templates that
// add more than one message).
class CompositeCommand final : public FlowEditCommand
{
public:
    explicit CompositeCommand(QString text);
    void add(std::unique_ptr<FlowEditCommand> command);
    QString text() const override { return m_text; }
    qsizetype focusMessage() const override;

protected:
    void doRedo(FlowDocument &doc) override;
    void doUndo(FlowDocument &doc) override;
    bool editsTree() const override { return false; }

private:
    std::vector<std::unique_ptr<FlowEditCommand>> m_commands;
    QString m_text;
};
