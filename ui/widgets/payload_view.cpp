#include "payload_view.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace m3cart::ui {

namespace {
QString prettyXml(const QByteArray &payload)
{
    QXmlStreamReader reader(payload);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? QString() : out;
}
} // namespace

QString PayloadView::pretty(const QByteArray &payload, QString *format)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError) {
            if (format)
                *format = QStringLiteral("JSON");
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        }
    }
    if (trimmed.startsWith('<')) {
        const QString xml = prettyXml(trimmed);
        if (!xml.isEmpty()) {
            if (format)
                *format = QStringLiteral("XML");
            return xml.trimmed();
        }
    }
    if (format)
        *format = QStringLiteral("text");
    return QString::fromUtf8(payload);
}

PayloadView::PayloadView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("payloadSearch"));
    m_search->setPlaceholderText(tr("Search the payload (Return: next, Shift+Return: previous)"));
    m_search->setClearButtonEnabled(true);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("payloadInfo"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_info);
    layout->addLayout(bar);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        highlight();
        m_text->moveCursor(QTextCursor::Start);
        find(m_search->text());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    auto *next = new QAction(this);
    next->setShortcuts({QKeySequence::FindNext});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { find(m_search->text()); });
    auto *previous = new QAction(this);
    previous->setShortcuts({QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_Return)});
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { find(m_search->text(), true); });
    addAction(next);
    addAction(previous);
}

void PayloadView::setPayload(const QByteArray &payload)
{
    m_text->setPlainText(pretty(payload, &m_format));
    highlight();
}

QString PayloadView::text() const
{
    return m_text->toPlainText();
}

bool PayloadView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text, flags))
        return true;
    // Wrap around once.
    m_text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
    return m_text->find(text, flags);
}

void PayloadView::highlight()
{
    QList<QTextEdit::ExtraSelection> marks;
    m_matches = 0;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        QTextCursor c(m_text->document());
        QTextCharFormat f;
        f.setBackground(QColor(0xff, 0xee, 0x58));
        while (true) {
            c = m_text->document()->find(needle, c);
            if (c.isNull())
                break;
            ++m_matches;
            if (marks.size() < 2000)
                marks << QTextEdit::ExtraSelection{c, f};
        }
    }
    m_text->setExtraSelections(marks);
    const QString size = tr("%1, lines: %2").arg(m_format).arg(m_text->blockCount());
    m_info->setText(needle.isEmpty() ? size
                                     : tr("matches: %1").arg(m_matches) + QStringLiteral(" · ") + size);
}

} // namespace m3cart::ui
