#include "value_map_editor.h"

#include "mapping_draft.h"

#include <QCheckBox>
#include <QFormLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

ValueMapEditor::ValueMapEditor(MappingEditor *editor, QWidget *parent)
    : TableDefEditor(editor, TableKind::ValueMap, parent)
{
    setObjectName(QStringLiteral("valueMapEditor"));
    m_ignoreCase = new QCheckBox(tr("Ignore &case"), this);
    m_ignoreCase->setToolTip(tr("Compare keys ignoring case: \"paypal\" finds \"PayPal\""));
    m_ignoreCase->setObjectName(QStringLiteral("ignoreCase"));
    connect(m_ignoreCase, &QCheckBox::clicked, this, &ValueMapEditor::setIgnoreCase);
    form()->addRow(QString(), m_ignoreCase);
    fillExtra();
}

bool ValueMapEditor::setIgnoreCase(bool on)
{
    const QString name = current();
    return editCurrent(on ? tr("%1 ignores case").arg(name) : tr("%1 compares case").arg(name),
                       [&](MappingDocument &d) {
                           if (ValueMapDef *m = named(d.valueMaps, name))
                               m->ignoreCase = on;
                       });
}

void ValueMapEditor::fillExtra()
{
    MappingDocument doc = draft()->document();
    const ValueMapDef *m = named(doc.valueMaps, current());
    m_ignoreCase->setEnabled(m != nullptr);
    m_ignoreCase->setChecked(m && m->ignoreCase);
}

} // namespace m3cart::ui
