#pragma once
// The Mappings page: the mappings in the store (active or latest version) and the shipped defaults not yet
// installed on the left; the chosen one in the MappingEditor on the right; save the edited document as a
// new version with a note, and activate a version (MappingRepository, audited).

#include "common/error.h"

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
    // Opens a mapping by name: the store's active/latest version, else the shipped default.
    bool openMapping(const QString &name);
    QString currentName() const { return m_name; }
    int currentVersion() const { return m_version; } // 0: a shipped default not in the store

    Result<int> saveVersion(const QString &note); // the edited document as a new version
    Status activateCurrent();
    // Tests replace the note prompt (a modal dialog) with their own answer.
    void setNotePrompt(std::function<QString(bool *ok)> prompt) { m_notePrompt = std::move(prompt); }
    QString statusText() const;

signals:
    void saved(const QString &name, int version);

private:
    void openRow(int row);
    void askAndSave();
    void updateButtons();
    void report(const QString &text);

    std::shared_ptr<const Store> m_store;
    QListWidget *m_list = nullptr;
    MappingEditor *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QLabel *m_status = nullptr;
    QString m_name;
    int m_version = 0;
    bool m_activeShown = false; // the open version is the active one
    std::function<QString(bool *ok)> m_notePrompt;
};

} // namespace ui
} // namespace m3cart
