#include "mappings_page.h"

#include "mapping_draft.h"
#include "mapping_editor.h"

#include "mapping/default_mappings.h"
#include "mapping/mapping_repository.h"
#include "store/store.h"
#include "ui/widgets/page_heading.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QString author()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("console") : user;
}
} // namespace

MappingsPage::MappingsPage(std::shared_ptr<const Store> store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mappingList"));
    m_list->setMinimumWidth(170);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &MappingsPage::openRow);

    m_editor = new MappingEditor(m_store, this);

    m_save = new QPushButton(tr("Save as new version…"), this);
    m_save->setObjectName(QStringLiteral("saveVersion"));
    connect(m_save, &QPushButton::clicked, this, &MappingsPage::askAndSave);
    m_activate = new QPushButton(tr("Activate"), this);
    m_activate->setObjectName(QStringLiteral("activate"));
    m_activate->setToolTip(tr("Make the saved version the one the flows use (it must validate)."));
    connect(m_activate, &QPushButton::clicked, this, [this] {
        const Status s = activateCurrent();
        report(s ? tr("%1 version %2 is active.").arg(m_name).arg(m_version) : s.error().message);
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    connect(m_editor->draft()->undoStack(), &QUndoStack::cleanChanged, this, &MappingsPage::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_save);
    actions->addWidget(m_activate);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_editor, 1);
    rl->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({190, 1000});

    auto *l = new QVBoxLayout(this);
    l->addWidget(makeHeading(tr("Mappings"), this));
    auto *intro =
        new QLabel(tr("How 3dcart fields become M3 transaction fields and back: one line per target "
                      "field, a live preview of a sample, validation against the M3 metadata as "
                      "you type. Double-click an expression to edit it."),
                   this);
    intro->setWordWrap(true);
    l->addWidget(intro);
    l->addWidget(split, 1);
    m_notePrompt = [this](bool *ok) {
        return QInputDialog::getText(this, tr("Save version"), tr("What changed, and why?"),
                                     QLineEdit::Normal, {}, ok);
    };
    refresh();
    if (m_list->count() > 0) // the page never opens empty: the first mapping is in the editor
        m_list->setCurrentRow(0);
    updateButtons();
}

// The undo stack dies with the editor, after this page's own part is gone, and says so (cleanChanged).
MappingsPage::~MappingsPage()
{
    disconnect(m_editor->draft()->undoStack(), nullptr, this, nullptr);
}

// Saving needs an edit or a shipped default; activating needs a saved version without unsaved edits.
void MappingsPage::updateButtons()
{
    const bool clean = m_editor->draft()->undoStack()->isClean();
    m_save->setEnabled(!m_name.isEmpty() && (!clean || m_version == 0));
    m_activate->setEnabled(m_version > 0 && clean && !m_activeShown);
}

void MappingsPage::refresh()
{
    const QString keep = m_name;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QSet<QString> stored;
    if (auto rows = MappingRepository(m_store).list(); rows) {
        for (const MappingVersion &v : rows.value()) {
            stored.insert(v.name);
            auto *item = new QListWidgetItem(
                v.active ? tr("%1\nversion %2, active").arg(v.name).arg(v.version)
                         : tr("%1\nversion %2 (latest, not active)").arg(v.name).arg(v.version),
                m_list);
            item->setData(NameRole, v.name);
            item->setData(VersionRole, v.version);
            item->setData(ActiveRole, v.active);
            item->setToolTip(v.note);
        }
    } else {
        report(rows.error().message);
    }
    for (const DefaultMapping &d : defaultMappings()) {
        if (stored.contains(d.name))
            continue;
        auto *item = new QListWidgetItem(tr("%1\nshipped default").arg(d.name), m_list);
        item->setData(NameRole, d.name);
        item->setData(VersionRole, 0);
        item->setData(ShippedRole, true);
        item->setToolTip(tr("Shipped with m3cart, not saved in the store yet (%1).").arg(d.fileName));
    }
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(NameRole).toString() == keep)
            m_list->setCurrentRow(r);
}

bool MappingsPage::openMapping(const QString &name)
{
    for (int r = 0; r < m_list->count(); ++r) {
        if (m_list->item(r)->data(NameRole).toString() == name) {
            m_list->setCurrentRow(r);
            openRow(r); // also when it was current already: reload
            return true;
        }
    }
    return false;
}

void MappingsPage::openRow(int row)
{
    if (row < 0)
        return;
    const QString name = m_list->item(row)->data(NameRole).toString();
    const int version = m_list->item(row)->data(VersionRole).toInt();
    QByteArray json;
    if (version > 0) {
        auto v = MappingRepository(m_store).get(name, version);
        if (!v) {
            report(v.error().message);
            return;
        }
        json = v->document;
    } else {
        json = defaultMapping(name).json;
    }
    auto doc = MappingDocument::fromJson(json);
    if (!doc) {
        report(doc.error().message);
        return;
    }
    m_name = name;
    m_version = version;
    m_activeShown = m_list->item(row)->data(ActiveRole).toBool();
    m_editor->open(doc.value(), version > 0 ? tr("version %1").arg(version) : tr("shipped default"));
    updateButtons();
    report({});
}

Result<int> MappingsPage::saveVersion(const QString &note)
{
    if (m_name.isEmpty())
        return Error::data(tr("No mapping is open."));
    auto v = MappingRepository(m_store).save(m_editor->draft()->document(), author(), note);
    if (!v)
        return v.error();
    m_version = v->version;
    m_activeShown = false;
    m_editor->draft()->undoStack()->setClean();
    refresh();
    updateButtons();
    report(tr("Saved %1 version %2.").arg(m_name).arg(m_version));
    emit saved(m_name, m_version);
    return m_version;
}

Status MappingsPage::activateCurrent()
{
    if (m_version <= 0)
        return Error::data(tr("Save the mapping as a version first."));
    if (const Status s = MappingRepository(m_store).activate(m_name, m_version, author()); !s)
        return s;
    m_activeShown = true;
    refresh();
    updateButtons();
    return ok();
}

void MappingsPage::askAndSave()
{
    bool ok = false;
    const QString note = m_notePrompt(&ok);
    if (!ok)
        return;
    auto v = saveVersion(note);
    if (!v)
        report(v.error().message);
}

void MappingsPage::report(const QString &text)
{
    m_status->setText(text);
}

QString MappingsPage::statusText() const
{
    return m_status->text();
}

} // namespace m3cart::ui
