#pragma once
// The Mappings page: the mappings in the store (active or latest version) and the shipped defaults not yet
// installed on the left; the chosen one in the MappingEditor on the right; save the edited document as a
// new version with a note, and activate a version (MappingRepository, audited). Versions (diff, rollback),
// import/export files, replay of past events through the draft, and samples taken from stored events.

#include "common/error.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace m3cart {
class Store;
namespace ui {

class MappingEditor;
class ReplayDialog;
class VersionsDialog;

class MappingsPage : public QWidget
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, VersionRole, ShippedRole, ActiveRole };

    explicit MappingsPage(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    ~MappingsPage() override;

    MappingEditor *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }
    void refresh(); // reloads the list (keeps the selection by name)
    // Opens a mapping by name: the store's active/latest version, else the shipped default. False when it
    // is not listed, or the user kept the unsaved edits of the open one (mayLeaveDraft).
    bool openMapping(const QString &name);
    QString currentName() const { return m_name; }
    int currentVersion() const { return m_version; } // 0: a shipped default not in the store

    Result<int> saveVersion(const QString &note); // the edited document as a new version
    Status activateCurrent();
    // Tests replace the note prompt (a modal dialog) with their own answer.
    void setNotePrompt(std::function<QString(bool *ok)> prompt) { m_notePrompt = std::move(prompt); }
    // The draft has unsaved edits and something would replace it: save them (as a new version, asking for
    // the note), throw them away, or keep the draft open. Tests replace the question (a modal dialog).
    enum class UnsavedAnswer { Save, Discard, Cancel };
    void setUnsavedPrompt(std::function<UnsavedAnswer(const QString &name)> prompt)
    {
        m_unsavedPrompt = std::move(prompt);
    }
    // Whether the open draft may be replaced (another mapping or version, the window closing): true when
    // it has no unsaved edits or the user saved or discarded them; false when they chose to keep it.
    bool mayLeaveDraft();
    QString statusText() const;

    // Opens a saved version of the current mapping in the editor.
    bool openVersion(int version);
    // The edited document (unsaved edits included) to a file, else the saved version as stored.
    Status exportTo(const QString &path);
    // A mapping file as a new version (of the mapping it names), opened in the editor.
    Result<int> importFrom(const QString &path, const QString &note);
    // The mapping that reads this event's kind, opened with the event's payload (its latest revision) as
    // the sample; the page says why not when no mapping reads it.
    Status openEventSample(qint64 eventId);
    // The event's payload as the open mapping's sample (the event must feed this mapping's source kind).
    Status loadEventSample(qint64 eventId);

    VersionsDialog *showVersions(); // non-modal, one at a time
    ReplayDialog *showReplay();

    // Dialogs tests replace: the file to import / export to ("" cancels), the event id for a sample.
    enum class FileAction { Import, Export };
    void setFileChooser(std::function<QString(FileAction, const QString &suggested)> choose)
    {
        m_chooseFile = std::move(choose);
    }
    void setEventPrompt(std::function<qint64(qint64 suggested, bool *ok)> prompt)
    {
        m_eventPrompt = std::move(prompt);
    }
    // The event selected in the monitor, offered first by "Sample from event…" (0: none).
    void setCurrentEventProvider(std::function<qint64()> current) { m_currentEvent = std::move(current); }

signals:
    void saved(const QString &name, int version);

private:
    bool openRow(int row);
    void selectCurrentInList(); // the open mapping's row, without opening it again
    bool openDocument(const QString &name, int version, bool active);
    void askAndSave();
    void askImport();
    void askExport();
    void askEventSample();
    void updateButtons();
    void report(const QString &text);

    std::shared_ptr<const Store> m_store;
    QListWidget *m_list = nullptr;
    MappingEditor *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_versions = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_replay = nullptr;
    QLabel *m_status = nullptr;
    QString m_name;
    int m_version = 0;
    bool m_activeShown = false; // the open version is the active one
    std::function<QString(bool *ok)> m_notePrompt;
    std::function<UnsavedAnswer(const QString &)> m_unsavedPrompt;
    std::function<QString(FileAction, const QString &)> m_chooseFile;
    std::function<qint64(qint64, bool *)> m_eventPrompt;
    std::function<qint64()> m_currentEvent;
    QPointer<VersionsDialog> m_versionsDialog;
    QPointer<ReplayDialog> m_replayDialog;
};

} // namespace ui
} // namespace m3cart
