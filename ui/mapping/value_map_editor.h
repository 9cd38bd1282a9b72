#pragma once
// The "Value maps" tab of the mapping editor: a value map's entries, policy and default (TableDefEditor)
// plus whether keys are compared ignoring case.

#include "table_def_editor.h"

class QCheckBox;

namespace m3cart::ui {

class ValueMapEditor : public TableDefEditor
{
    Q_OBJECT
public:
    explicit ValueMapEditor(MappingEditor *editor, QWidget *parent = nullptr);
    bool setIgnoreCase(bool on);

protected:
    void fillExtra() override;

private:
    QCheckBox *m_ignoreCase = nullptr;
};

} // namespace m3cart::ui
