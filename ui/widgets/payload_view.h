#pragma once
// A read-only payload: JSON or XML pretty-printed (anything else as it is), with a search field that finds
// and highlights every match (Return / F3 for the next one, Shift+F3 for the previous).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace m3cart::ui {

class PayloadView : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadView(QWidget *parent = nullptr);
    void setPayload(const QByteArray &payload);
    QString text() const;
    bool find(const QString &text, bool backwards = false); // selects the next match; false when none
    int matchCount() const { return m_matches; }
    QLineEdit *searchField() const { return m_search; }

    // JSON indented, XML indented, else the bytes as UTF-8; format says which ("JSON", "XML", "text").
    static QString pretty(const QByteArray &payload, QString *format = nullptr);

private:
    void highlight();

    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_info = nullptr;
    QString m_format;
    int m_matches = 0;
};

} // namespace m3cart::ui
