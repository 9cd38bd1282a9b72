#pragma once
// A dashboard tile: a big number, a caption, and a click that leads to the page behind it.

#include <QFrame>

class QLabel;

namespace m3cart::ui {

class StatTile : public QFrame
{
    Q_OBJECT
public:
    StatTile(const QString &name, const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &detail = {});
    QString value() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace m3cart::ui
