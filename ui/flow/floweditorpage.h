#pragma once

#include "finance/profile.h"
#include "flow/flowjson.h"
#include "result.h"

#include <QLockFile>
#include <QPointer>
#include <QWidget>

#include <memory>

class AppContext;
class CurrentProfile;
class PreviewPayments;
class FlowDocumentController;
class FlowMessageForm;
class FlowMessageListModel;
class FlowMessageListView;
class FlowRawEditor;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QTreeWidget;
struct FlowVersion;

// The dialogue-flow editor: the message list (drag to reorder), a form for the selected
// message, the raw JSON kept in step, and the problems of the flow (click to jump). Files are
// saved through QSaveFile; unsaved work is autosaved and offered back after a crash; the
// flow is published to the database's la_config with a version history, and can be played
// in a chat preview.
//
// The main window puts the page in a tab and its actions in the File / Edit menus, and asks
// maybeSave() before closing.
class FlowEditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowEditorPage)

public:
    explicit FlowEditorPage(AppContext *context, QWidget *parent = nullptr);
    ~FlowEditorPage() override;

    // New, Open, Open Recent (a menu action), Save, Save As, Load Published, Publish, History.
    QList<QAction *> fileActions() const;
    // Undo, Redo, then the message actions (insert, templates, duplicate, delete, move).
    QList<QAction *> editActions() const;
    // Preview.
    QList<QAction *> flowActions() const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *saveAction() const { return m_save; }
    QAction *publishAction() const { return m_publish; }
    QAction *previewAction() const { return m_preview; }
    QAction *insertPaymentAction() const { return m_insertPayment; }
    QAction *insertMessageAction() const { return m_insertMessage; }

    // The profile chosen in View ▸ Profile: publishing and rolling back need Admin, and
    // the audit log records who published. Without one, the page acts as Admin.
    void setProfile(CurrentProfile *profile);
    // Real test payments in the preview (not owned; null: outcomes are only simulated).
    void setPreviewPayments(PreviewPayments *payments) { m_previewPayments = payments; }

    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    void newFlow();
    // A title for the tab or window: "seed-payment.json*".
    QString documentTitle() const;

    // Publishes the current flow without asking (the Publish action asks first): refuses
    // errors; warnings only when acceptWarnings.
    Result<FlowVersion> publish(const QString &comment, bool acceptWarnings);
    // Loads the flow the database serves now into the editor (after maybeSave()).
    Status loadPublished();

    // Autosave: where, and how often (ms). Recovery is offered at start-up when a previous
    // editor left unsaved work behind.
    QString autosaveDirectory() const { return m_autosaveDir; }
    void setAutosaveInterval(int ms);
    void autosaveNow();
    // Offers to recover unsaved work left by an editor that ended without saving.
    void offerRecovery();

    FlowDocumentController *controller() const { return m_controller; }
    FlowMessageListView *messageList() const { return m_list; }
    FlowMessageForm *form() const { return m_form; }
    FlowRawEditor *rawEditor() const { return m_raw; }
    QTabWidget *editorTabs() const { return m_tabs; }
    QTreeWidget *problemsView() const { return m_problems; }
    qsizetype currentMessage() const;
    void selectMessage(qsizetype index);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);

private:
    void createActions();
    void updateActions();
    void updateTitle();
    void refreshProblems();
    void insertMessages(const QList<JsonValue> &messages, const QString &text);
    void duplicateMessage();
    void deleteMessage();
    void moveMessage(int delta);
    void rebuildRecentMenu();
    bool saveAs();
    void open();
    void showPreview();
    void showHistory();
    void publishInteractively();
    QString autosaveKey() const;
    void removeAutosave();
    void problemActivated(int row);

    bool mayPublish() const;
    AuditActor publisher() const;

    AppContext *m_context;
    QPointer<CurrentProfile> m_profile;
    PreviewPayments *m_previewPayments = nullptr;
    FlowDocumentController *m_controller;
    FlowMessageListModel *m_model;
    FlowMessageListView *m_list;
    FlowMessageForm *m_form;
    FlowRawEditor *m_raw;
    QTabWidget *m_tabs;
    QTreeWidget *m_problems;
    QLabel *m_problemsSummary;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_loadPublished = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_history = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_insertMessage = nullptr;
    QAction *m_insertPayment = nullptr;
    QAction *m_insertPaid = nullptr;
    QAction *m_insertSkip = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_preview = nullptr;

    QString m_autosaveDir;
    QTimer *m_autosaveTimer;
    quint64 m_autosavedRevision = 0;
    QString m_autosavePath; // the file this editor autosaves to, while it holds the lock
    std::unique_ptr<QLockFile> m_autosaveLock;
};
