#include "versions_dialog.h"

#include "mapping/default_mappings.h"
#include "mapping/mapping_repository.h"
#include "store/audit_log.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

struct KindStyle
{
    const char *background;
    const char *foreground;
};

KindStyle styleOf(MappingChange::Kind k)
{
    switch (k) {
    case MappingChange::Kind::Added:
        return {"#e8f5e9", "#1b5e20"};
    case MappingChange::Kind::Removed:
        return {"#ffebee", "#b71c1c"};
    case MappingChange::Kind::Changed:
        break;
    }
    return {"#fff8e1", "#6d4c00"};
}

QString kindText(MappingChange::Kind k)
{
    switch (k) {
    case MappingChange::Kind::Added:
        return VersionsDialog::tr("added");
    case MappingChange::Kind::Removed:
        return VersionsDialog::tr("removed");
    case MappingChange::Kind::Changed:
        break;
    }
    return VersionsDialog::tr("changed");
}

QString whatText(MappingChange::What w)
{
    switch (w) {
    case MappingChange::What::Document:
        return VersionsDialog::tr("mapping");
    case MappingChange::What::Section:
        return VersionsDialog::tr("section");
    case MappingChange::What::Rule:
        return VersionsDialog::tr("rule");
    case MappingChange::What::ValueMap:
        return VersionsDialog::tr("value map");
    case MappingChange::What::Lookup:
        return VersionsDialog::tr("lookup");
    case MappingChange::What::Param:
        return VersionsDialog::tr("parameter");
    case MappingChange::What::Context:
        break;
    }
    return VersionsDialog::tr("context value");
}

// Where the change is, as a person looks for it: "lines › line.itno (ITNO)", "paymentMethod › 'Paypal'".
QString whereText(const MappingChange &c)
{
    QString s = c.id.toHtmlEscaped();
    if (c.what == MappingChange::What::Rule)
        s = QStringLiteral("%1 › <b>%2</b> (%3)")
                .arg(c.section.toHtmlEscaped(), c.id.toHtmlEscaped(), c.target.toHtmlEscaped());
    else
        s = QStringLiteral("<b>%1</b>").arg(s);
    if (!c.key.isEmpty())
        s += QStringLiteral(" › '%1'").arg(c.key.toHtmlEscaped());
    return s;
}

} // namespace

QString mappingDiffHtml(const MappingDiff &diff)
{
    if (diff.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(VersionsDialog::tr("No differences."));
    using W = MappingChange::What;
    using K = MappingChange::Kind;
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(VersionsDialog::tr("Rules: %1 added, %2 removed, %3 changed · %4 change(s) in all.")
                     .arg(diff.count(W::Rule, K::Added))
                     .arg(diff.count(W::Rule, K::Removed))
                     .arg(diff.count(W::Rule, K::Changed))
                     .arg(diff.changes.size()));
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'>"
                           "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                           "<th align='left'>%4</th></tr>")
                .arg(VersionsDialog::tr("Change"), VersionsDialog::tr("Where"), VersionsDialog::tr("Before"),
                     VersionsDialog::tr("After"));
    for (const MappingChange &c : diff.changes) {
        const KindStyle st = styleOf(c.kind);
        html += QStringLiteral("<tr style='background-color:%1; color:%2'><td>%3 %4</td><td>%5</td>"
                               "<td><tt>%6</tt></td><td><tt>%7</tt></td></tr>")
                    .arg(QLatin1String(st.background), QLatin1String(st.foreground), whatText(c.what),
                         kindText(c.kind), whereText(c), c.before.toHtmlEscaped(), c.after.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

VersionsDialog::VersionsDialog(std::shared_ptr<const Store> store, const QString &name, QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_name(name)
{
    setWindowTitle(tr("Versions of %1").arg(name));
    setObjectName(QStringLiteral("versionsDialog"));
    resize(1000, 640);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Version"), tr("Active"), tr("Author"), tr("Saved"), tr("Note")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("versions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(Version, 70);
    m_table->setColumnWidth(Active, 60);
    m_table->setColumnWidth(Author, 110);
    m_table->setColumnWidth(Saved, 140);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDiff();
        updateButtons();
    });

    auto *hint = new QLabel(tr("Select a version to see what it changed, or two (Ctrl+click, Shift+↓) to "
                               "compare them."),
                            this);
    hint->setWordWrap(true);
    m_compared = new QLabel(this);
    m_compared->setObjectName(QStringLiteral("compared"));
    m_diffView = new QTextBrowser(this);
    m_diffView->setObjectName(QStringLiteral("diff"));
    m_diffView->setOpenLinks(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *diffBox = new QWidget(this);
    auto *dl = new QVBoxLayout(diffBox);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_compared);
    dl->addWidget(m_diffView, 1);
    split->addWidget(diffBox);
    split->setSizes({200, 420});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("versionsStatus"));
    m_status->setWordWrap(true);
    m_open = new QPushButton(tr("&Open in editor"), this);
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_activate = new QPushButton(tr("&Activate (roll back)"), this);
    m_activate->setObjectName(QStringLiteral("activateVersion"));
    m_activate->setToolTip(tr("Make the selected version the one the flows use; it must validate."));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportVersion"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (selectedVersions().size() == 1)
            emit openRequested(selectedVersions().first());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (selectedVersions().size() == 1)
            emit exportRequested(selectedVersions().first());
    });
    connect(m_activate, &QPushButton::clicked, this, [this] {
        if (const Status s = activateSelected(); !s)
            m_status->setText(s.error().message);
    });
    connect(m_table, &QTableView::activated, this, [this] { m_open->click(); }); // Enter / double-click

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_export);
    buttons->addWidget(close);

    auto *l = new QVBoxLayout(this);
    l->addWidget(hint);
    l->addWidget(split, 1);
    l->addLayout(buttons);
    reload();
    if (m_model->rowCount() > 0)
        selectVersions(m_model->index(0, Version).data(Qt::UserRole).toInt());
    m_table->setFocus();
}

void VersionsDialog::reload()
{
    const QList<int> keep = selectedVersions();
    m_model->removeRows(0, m_model->rowCount());
    auto versions = MappingRepository(m_store).versions(m_name);
    if (!versions) {
        m_status->setText(versions.error().message);
        return;
    }
    for (const MappingVersion &v : versions.value()) {
        QList<QStandardItem *> row{
            new QStandardItem(QString::number(v.version)),
            new QStandardItem(v.active ? tr("active") : QString()), new QStandardItem(v.author),
            new QStandardItem(v.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            new QStandardItem(v.note)};
        row.first()->setData(v.version, Qt::UserRole);
        row.at(Note)->setToolTip(v.note);
        if (v.active)
            for (QStandardItem *i : row) {
                QFont f = i->font();
                f.setBold(true);
                i->setFont(f);
            }
        m_model->appendRow(row);
    }
    if (!keep.isEmpty())
        selectVersions(keep.first(), keep.value(1));
    if (versions->isEmpty())
        m_status->setText(
            tr("No saved version yet: the editor shows the shipped default. Save it as a version first."));
    updateButtons();
}

bool VersionsDialog::selectVersions(int a, int b)
{
    QItemSelection selection;
    int found = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int v = m_model->index(r, Version).data(Qt::UserRole).toInt();
        if (v == a || (b > 0 && v == b)) {
            selection.select(m_model->index(r, 0), m_model->index(r, ColumnCount - 1));
            ++found;
            if (v == a)
                m_table->selectionModel()->setCurrentIndex(m_model->index(r, 0),
                                                           QItemSelectionModel::NoUpdate);
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return found == (b > 0 && b != a ? 2 : 1);
}

QList<int> VersionsDialog::selectedVersions() const
{
    QList<int> out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(Qt::UserRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

QString VersionsDialog::comparedText() const
{
    return m_compared->text();
}

QString VersionsDialog::statusText() const
{
    return m_status->text();
}

void VersionsDialog::updateButtons()
{
    const QList<int> sel = selectedVersions();
    bool active = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows(Active))
        active = !i.data().toString().isEmpty();
    m_open->setEnabled(sel.size() == 1);
    m_export->setEnabled(sel.size() == 1);
    m_activate->setEnabled(sel.size() == 1 && !active);
}

// One version: against the version before it (the first one against the shipped default, if any).
void VersionsDialog::showDiff()
{
    m_diff = {};
    m_diffView->clear();
    const QList<int> sel = selectedVersions();
    if (sel.isEmpty() || sel.size() > 2) {
        m_compared->setText(sel.isEmpty() ? QString() : tr("Select one or two versions."));
        return;
    }
    MappingRepository repo(m_store);
    const int newer = sel.last();
    int older = sel.size() == 2 ? sel.first() : 0;
    if (sel.size() == 1)
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const int v = m_model->index(r, Version).data(Qt::UserRole).toInt();
            if (v < newer && v > older)
                older = v;
        }
    auto after = repo.get(m_name, newer);
    if (!after) {
        m_compared->setText(after.error().message);
        return;
    }
    QByteArray beforeJson;
    QString beforeName;
    if (older > 0) {
        auto before = repo.get(m_name, older);
        if (!before) {
            m_compared->setText(before.error().message);
            return;
        }
        beforeJson = before->document;
        beforeName = tr("version %1").arg(older);
    } else {
        beforeJson = defaultMapping(m_name).json;
        beforeName = tr("the shipped default");
    }
    if (beforeJson.isEmpty()) {
        m_compared->setText(tr("Version %1 is the first: nothing to compare it with.").arg(newer));
        return;
    }
    auto a = MappingDocument::fromJson(beforeJson);
    auto b = MappingDocument::fromJson(after->document);
    if (!a || !b) {
        m_compared->setText(!a ? a.error().message : b.error().message);
        return;
    }
    m_diff = diffMappings(a.value(), b.value());
    m_compared->setText(tr("From %1 to version %2:").arg(beforeName).arg(newer));
    m_diffView->setHtml(mappingDiffHtml(m_diff));
}

Status VersionsDialog::activateSelected()
{
    const QList<int> sel = selectedVersions();
    if (sel.size() != 1)
        return Error::data(tr("Select the one version to activate."));
    if (const Status s = MappingRepository(m_store).activate(m_name, sel.first(), AuditLog::defaultActor());
        !s)
        return s;
    reload();
    m_status->setText(tr("Version %1 is active: the flows use it from their next event.").arg(sel.first()));
    emit activated(sel.first());
    return ok();
}

} // namespace m3cart::ui
