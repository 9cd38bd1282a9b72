#pragma once
// The saved versions of one mapping (number, author, time, note, which is active) and what changed between
// two of them: select one version to compare it with the one before, or two to compare them. From here a
// version opens in the editor, becomes the active one (a rollback, refused when it does not validate), or
// is exported.

#include "common/error.h"
#include "mapping/mapping_diff.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace m3cart {
class Store;
namespace ui {

class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Version, Active, Author, Saved, Note, ColumnCount };

    VersionsDialog(std::shared_ptr<const Store> store, const QString &name, QWidget *parent = nullptr);

    QString mappingName() const { return m_name; }
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *diffView() const { return m_diffView; }
    QString statusText() const;

    void reload(); // keeps the selected versions
    // Selects one version (compared with the one before) or two; false when one is not listed.
    bool selectVersions(int a, int b = 0);
    QList<int> selectedVersions() const; // ascending
    // The diff shown: older → newer of the selection, and its two sides ("version 2", "shipped default").
    const mapping::MappingDiff &diff() const { return m_diff; }
    QString comparedText() const;

    // Makes the selected version (one) the active one; the message names the refusal.
    Status activateSelected();

signals:
    void openRequested(int version);
    void exportRequested(int version);
    void activated(int version);

private:
    void showDiff();
    void updateButtons();

    std::shared_ptr<const Store> m_store;
    QString m_name;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_compared = nullptr;
    QTextBrowser *m_diffView = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_export = nullptr;
    mapping::MappingDiff m_diff;
};

// The diff as an HTML table, one line per change, coloured by kind (green added, red removed, amber changed).
QString mappingDiffHtml(const mapping::MappingDiff &diff);

} // namespace ui
} // namespace m3cart
