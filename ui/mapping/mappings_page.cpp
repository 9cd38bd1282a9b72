#include "mappings_page.h"

#include "mapping_draft.h"
#include "mapping_editor.h"
#include "replay_dialog.h"
#include "versions_dialog.h"

#include "flows/event_mapping.h"
#include "flows/order_flow_options.h"
#include "mapping/default_mappings.h"
#include "mapping/mapping_repository.h"
#include "store/event_repository.h"
#include "store/settings_repository.h"
#include "store/store.h"
#include "ui/widgets/page_heading.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <limits>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QString author()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("console") : user;
}

// Where the open document came from, for the editor's title.
QString originText(int version)
{
    return version > 0 ? MappingsPage::tr("version %1").arg(version) : MappingsPage::tr("shipped default");
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

    m_versions = new QPushButton(tr("&Versions…"), this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setToolTip(tr("The saved versions: what changed between two, roll back to one, open one."));
    connect(m_versions, &QPushButton::clicked, this, &MappingsPage::showVersions);
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("import"));
    import->setToolTip(tr("Save a mapping file as a new version."));
    connect(import, &QPushButton::clicked, this, &MappingsPage::askImport);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setToolTip(tr("Write the mapping as edited (unsaved edits included) to a file."));
    connect(m_export, &QPushButton::clicked, this, &MappingsPage::askExport);
    m_replay = new QPushButton(tr("Re&play…"), this);
    m_replay->setObjectName(QStringLiteral("replay"));
    m_replay->setToolTip(tr("Run past events through the edited draft and see what would change."));
    connect(m_replay, &QPushButton::clicked, this, &MappingsPage::showReplay);
    connect(m_editor, &MappingEditor::sampleFromEventRequested, this, &MappingsPage::askEventSample);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    for (QPushButton *b : {m_versions, import, m_export, m_replay, m_save, m_activate})
        actions->addWidget(b);

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
    m_chooseFile = [this](FileAction action, const QString &suggested) {
        return action == FileAction::Import
                   ? QFileDialog::getOpenFileName(this, tr("Import mapping"), {},
                                                  tr("Mapping files (*.json)"))
                   : QFileDialog::getSaveFileName(this, tr("Export mapping"), suggested,
                                                  tr("Mapping files (*.json)"));
    };
    m_unsavedPrompt = [this](const QString &name) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved edits"),
                        tr("%1 has unsaved edits. Save them as a new version first?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedAnswer::Save;
        case QMessageBox::Discard:
            return UnsavedAnswer::Discard;
        default:
            return UnsavedAnswer::Cancel;
        }
    };
    m_eventPrompt = [this](qint64 suggested, bool *ok) {
        return qint64(QInputDialog::getInt(this, tr("Sample from event"),
                                           tr("Event id (its payload becomes the sample):"), int(suggested),
                                           1, std::numeric_limits<int>::max(), 1, ok));
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
    m_versions->setEnabled(!m_name.isEmpty());
    m_export->setEnabled(!m_name.isEmpty());
    m_replay->setEnabled(!m_name.isEmpty());
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
            {
                const QSignalBlocker block(m_list); // opened once, below: also when it was current already
                m_list->setCurrentRow(r);
            }
            return openRow(r);
        }
    }
    return false;
}

bool MappingsPage::openRow(int row)
{
    if (row < 0)
        return false;
    const QListWidgetItem *item = m_list->item(row);
    // Copies: saving the unsaved edits first rebuilds the list.
    const QString name = item->data(NameRole).toString();
    const int version = item->data(VersionRole).toInt();
    const bool active = item->data(ActiveRole).toBool();
    const bool opened = openDocument(name, version, active);
    selectCurrentInList();
    if (!opened) // kept: the click that moved the selection is still being handled, put it back after
        QTimer::singleShot(0, this, &MappingsPage::selectCurrentInList);
    return opened;
}

void MappingsPage::selectCurrentInList()
{
    const QSignalBlocker block(m_list);
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(NameRole).toString() == m_name)
            m_list->setCurrentRow(r);
}

bool MappingsPage::mayLeaveDraft()
{
    if (m_name.isEmpty() || m_editor->draft()->undoStack()->isClean())
        return true;
    switch (m_unsavedPrompt(m_name)) {
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        return false;
    case UnsavedAnswer::Save:
        break;
    }
    bool ok = false;
    const QString note = m_notePrompt(&ok);
    if (!ok)
        return false; // no note, no version: the edits stay
    auto v = saveVersion(note);
    if (!v)
        report(v.error().message);
    return bool(v);
}

bool MappingsPage::openVersion(int version)
{
    auto v = MappingRepository(m_store).get(m_name, version);
    if (!v) {
        report(v.error().message);
        return false;
    }
    return openDocument(m_name, version, v->active);
}

// version 0: the shipped default.
bool MappingsPage::openDocument(const QString &name, int version, bool active)
{
    if (!mayLeaveDraft())
        return false;
    QByteArray json;
    if (version > 0) {
        auto v = MappingRepository(m_store).get(name, version);
        if (!v) {
            report(v.error().message);
            return false;
        }
        json = v->document;
    } else {
        json = defaultMapping(name).json;
    }
    auto doc = MappingDocument::fromJson(json);
    if (!doc) {
        report(doc.error().message);
        return false;
    }
    m_name = name;
    m_version = version;
    m_activeShown = active;
    m_editor->open(doc.value(), originText(version));
    updateButtons();
    report({});
    return true;
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
    m_editor->setOrigin(originText(m_version));
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

Status MappingsPage::exportTo(const QString &path)
{
    if (m_name.isEmpty())
        return Error::data(tr("No mapping is open."));
    // A saved version goes out byte for byte as stored; an edited (or shipped) document as edited.
    if (m_version > 0 && m_editor->draft()->undoStack()->isClean())
        return MappingRepository(m_store).exportTo(m_name, path, m_version);
    QSaveFile f(path);
    const QByteArray json = m_editor->draft()->document().toJsonBytes();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return Error::data(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return ok();
}

Result<int> MappingsPage::importFrom(const QString &path, const QString &note)
{
    auto v = MappingRepository(m_store).importFrom(path, author(), note);
    if (!v)
        return v.error();
    refresh();
    if (!openMapping(v->name)) { // the user kept the unsaved edits open: the import stays saved
        report(tr("Imported %1 as %2 version %3; the edited draft stays open.")
                   .arg(QFileInfo(path).fileName(), v->name)
                   .arg(v->version));
        emit saved(v->name, v->version);
        return v->version;
    }
    openVersion(v->version);
    report(tr("Imported %1 as %2 version %3.").arg(QFileInfo(path).fileName(), v->name).arg(v->version));
    emit saved(v->name, v->version);
    return v->version;
}

void MappingsPage::askImport()
{
    const QString path = m_chooseFile(FileAction::Import, {});
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString note = m_notePrompt(&ok);
    if (!ok)
        return;
    if (auto v =
            importFrom(path, note.isEmpty() ? tr("imported from %1").arg(QFileInfo(path).fileName()) : note);
        !v)
        report(tr("Import failed: %1").arg(v.error().message));
}

void MappingsPage::askExport()
{
    const QString suggested = m_version > 0 ? QStringLiteral("%1-v%2.json").arg(m_name).arg(m_version)
                                            : m_name + QStringLiteral(".json");
    const QString path = m_chooseFile(FileAction::Export, suggested);
    if (path.isEmpty())
        return;
    const Status s = exportTo(path);
    report(s ? tr("%1 written to %2.").arg(m_name, path) : s.error().message);
}

VersionsDialog *MappingsPage::showVersions()
{
    if (m_name.isEmpty())
        return nullptr;
    if (m_versionsDialog && m_versionsDialog->mappingName() != m_name)
        m_versionsDialog->deleteLater();
    if (!m_versionsDialog || m_versionsDialog->mappingName() != m_name) {
        auto *d = new VersionsDialog(m_store, m_name, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &VersionsDialog::openRequested, this, [this](int version) { openVersion(version); });
        connect(d, &VersionsDialog::activated, this, [this](int version) {
            refresh();
            if (version == m_version)
                m_activeShown = true;
            else
                m_activeShown = false;
            updateButtons();
            report(tr("%1 version %2 is active.").arg(m_name).arg(version));
        });
        connect(d, &VersionsDialog::exportRequested, this, [this](int version) {
            const QString path =
                m_chooseFile(FileAction::Export, QStringLiteral("%1-v%2.json").arg(m_name).arg(version));
            if (path.isEmpty())
                return;
            const Status s = MappingRepository(m_store).exportTo(m_name, path, version);
            report(s ? tr("%1 version %2 written to %3.").arg(m_name).arg(version).arg(path)
                     : s.error().message);
        });
        connect(this, &MappingsPage::saved, d, [d](const QString &name) {
            if (name == d->mappingName())
                d->reload(); // a version saved (or imported) while the dialog is open
        });
        m_versionsDialog = d;
    }
    m_versionsDialog->reload();
    m_versionsDialog->show();
    m_versionsDialog->raise();
    return m_versionsDialog;
}

ReplayDialog *MappingsPage::showReplay()
{
    if (m_name.isEmpty())
        return nullptr;
    delete m_replayDialog; // a replay is of one draft: a new one starts from the document as edited now
    auto *d = new ReplayDialog(m_store, m_editor->draft()->document(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_replayDialog = d;
    d->show();
    return d;
}

Status MappingsPage::openEventSample(qint64 eventId)
{
    auto event = EventRepository(m_store).get(eventId);
    if (!event)
        return event.error();
    auto options = flows::OrderFlowOptions::load(SettingsRepository(m_store));
    const QString name =
        flows::mappingForEventKind(event->kind, options ? options.value() : flows::OrderFlowOptions{});
    if (name.isEmpty()) {
        const Status s = Error::data(tr("No mapping reads the payload of %1 events: the M3 mappings read M3 "
                                        "while the flow runs, not the event.")
                                         .arg(event->kind));
        report(s.error().message);
        return s;
    }
    // The mapping already open keeps its unsaved edits: only the sample changes.
    if (name != m_name && !openMapping(name)) {
        bool listed = false;
        for (int r = 0; r < m_list->count(); ++r)
            listed = listed || m_list->item(r)->data(NameRole).toString() == name;
        const Status s =
            listed ? Error::conflict(tr("%1 stays open with its unsaved edits.").arg(m_name))
                   : Error::notFound(tr("Mapping %1 is neither in the store nor shipped.").arg(name));
        report(s.error().message);
        return s;
    }
    return loadEventSample(eventId);
}

Status MappingsPage::loadEventSample(qint64 eventId)
{
    auto event = EventRepository(m_store).get(eventId);
    Status s = ok();
    if (!event) {
        s = event.error();
    } else if (const QString why =
                   flows::notApplicableReason(event->kind, m_editor->draft()->document().sourceKind);
               !why.isEmpty()) {
        s = Error::data(tr("Event %1 cannot be this mapping's sample: %2.").arg(eventId).arg(why));
    } else if (auto input = flows::mappingInputOf(event.value()); !input) {
        s = input.error();
    } else {
        m_editor->draft()->setSample(input->source);
        report(event->revision > 0 ? tr("Sample: event %1 (%2, payload revision %3).")
                                         .arg(eventId)
                                         .arg(event->key)
                                         .arg(event->revision)
                                   : tr("Sample: event %1 (%2).").arg(eventId).arg(event->key));
        return ok();
    }
    report(s.error().message);
    return s;
}

void MappingsPage::askEventSample()
{
    bool ok = false;
    const qint64 id = m_eventPrompt(m_currentEvent ? m_currentEvent() : 0, &ok);
    if (ok && id > 0)
        loadEventSample(id);
}

} // namespace m3cart::ui
