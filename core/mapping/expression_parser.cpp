// The expression parser: text -> Node tree (tokens, precedence climbing, paths, call resolution).

#include "expression.h"

#include "value_utils.h"

namespace m3cart::mapping {

namespace {

struct Token
{
    enum Kind { End, Number, String, Ident, Path, Op };
    Kind kind = End;
    QString text;
    double number = 0;
    int pos = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<std::unique_ptr<Node>> parseAll()
    {
        if (!advance())
            return takeError();
        auto n = parsePipe();
        if (!n)
            return takeError();
        if (m_tok.kind != Token::End)
            return fail(QStringLiteral("unexpected '%1'").arg(m_tok.text), m_tok.pos);
        return Result<std::unique_ptr<Node>>(std::move(n));
    }

    Result<std::unique_ptr<Node>> parseOnlyPath()
    {
        if (!advance())
            return takeError();
        if (m_tok.kind != Token::Path)
            return fail(QStringLiteral("expected a path starting with $ or @"), m_tok.pos);
        auto n = pathNode();
        if (!n)
            return takeError();
        if (!advance())
            return takeError();
        if (m_tok.kind != Token::End)
            return fail(QStringLiteral("unexpected '%1' after the path").arg(m_tok.text), m_tok.pos);
        return Result<std::unique_ptr<Node>>(std::move(n));
    }

private:
    const QString &m_text;
    int m_pos = 0;
    Token m_tok;
    QString m_error;
    int m_errorPos = -1;

    Error takeError() const
    {
        return Error::data(
            QStringLiteral("%1 at position %2 in '%3'").arg(m_error).arg(m_errorPos + 1).arg(m_text));
    }
    Error fail(const QString &message, int pos)
    {
        if (m_errorPos < 0) {
            m_error = message;
            m_errorPos = pos;
        }
        return takeError();
    }
    std::unique_ptr<Node> failNode(const QString &message, int pos)
    {
        fail(message, pos);
        return nullptr;
    }

    static bool identStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
    static bool identChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

    bool advance()
    {
        const QString &t = m_text;
        while (m_pos < t.size() && t.at(m_pos).isSpace())
            ++m_pos;
        m_tok = Token();
        m_tok.pos = m_pos;
        if (m_pos >= t.size())
            return true;
        const QChar c = t.at(m_pos);
        if (c.isDigit() || (c == QLatin1Char('.') && m_pos + 1 < t.size() && t.at(m_pos + 1).isDigit())) {
            int end = m_pos;
            while (end < t.size() && (t.at(end).isDigit() || t.at(end) == QLatin1Char('.')))
                ++end;
            if (end < t.size() && (t.at(end) == QLatin1Char('e') || t.at(end) == QLatin1Char('E'))) {
                int e = end + 1;
                if (e < t.size() && (t.at(e) == QLatin1Char('+') || t.at(e) == QLatin1Char('-')))
                    ++e;
                if (e < t.size() && t.at(e).isDigit()) {
                    end = e;
                    while (end < t.size() && t.at(end).isDigit())
                        ++end;
                }
            }
            bool okay = false;
            m_tok.text = t.mid(m_pos, end - m_pos);
            m_tok.number = m_tok.text.toDouble(&okay);
            if (!okay) {
                fail(QStringLiteral("bad number '%1'").arg(m_tok.text), m_pos);
                return false;
            }
            m_tok.kind = Token::Number;
            m_pos = end;
            return true;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString s;
            int i = m_pos + 1;
            for (; i < t.size() && t.at(i) != c; ++i) {
                if (t.at(i) == QLatin1Char('\\') && i + 1 < t.size()) {
                    // \\ \' \" \n \t are escapes; any other backslash stays (regexes: \d, \s, \1).
                    const QChar n = t.at(i + 1);
                    if (n == QLatin1Char('n') || n == QLatin1Char('t') || n == QLatin1Char('\\') ||
                        n == QLatin1Char('\'') || n == QLatin1Char('"')) {
                        s += n == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                             : n == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                     : n;
                        ++i;
                    } else {
                        s += t.at(i);
                    }
                } else {
                    s += t.at(i);
                }
            }
            if (i >= t.size()) {
                fail(QStringLiteral("unterminated string"), m_pos);
                return false;
            }
            m_tok.kind = Token::String;
            m_tok.text = s;
            m_pos = i + 1;
            return true;
        }
        if (c == QLatin1Char('$') || c == QLatin1Char('@')) {
            // The whole path is one token: root name, then .Key, ["Key"], [0], [*].
            int i = m_pos + 1;
            while (i < t.size() && identChar(t.at(i)))
                ++i;
            for (;;) {
                if (i < t.size() && t.at(i) == QLatin1Char('.') && i + 1 < t.size() &&
                    (identStart(t.at(i + 1)) || t.at(i + 1) == QLatin1Char('*'))) {
                    ++i;
                    while (i < t.size() && (identChar(t.at(i)) || t.at(i) == QLatin1Char('*')))
                        ++i;
                } else if (i < t.size() && t.at(i) == QLatin1Char('[')) {
                    const int close = int(t.indexOf(QLatin1Char(']'), i));
                    if (close < 0) {
                        fail(QStringLiteral("missing ']' in path"), i);
                        return false;
                    }
                    i = close + 1;
                } else {
                    break;
                }
            }
            m_tok.kind = Token::Path;
            m_tok.text = t.mid(m_pos, i - m_pos);
            m_pos = i;
            return true;
        }
        if (identStart(c)) {
            int i = m_pos;
            while (i < t.size() && identChar(t.at(i)))
                ++i;
            m_tok.kind = Token::Ident;
            m_tok.text = t.mid(m_pos, i - m_pos);
            m_pos = i;
            return true;
        }
        static const char *const two[] = {"==", "!=", "<=", ">=", "&&", "||"};
        for (const char *op : two)
            if (t.mid(m_pos, 2) == QLatin1String(op)) {
                m_tok.kind = Token::Op;
                m_tok.text = QLatin1String(op);
                m_pos += 2;
                return true;
            }
        if (QStringLiteral("+-*/%<>!|(),[]=").contains(c)) {
            m_tok.kind = Token::Op;
            m_tok.text = c;
            if (c == QLatin1Char('=')) // a lone '=' is a typo for '=='
                m_tok.text = QStringLiteral("==");
            ++m_pos;
            return true;
        }
        fail(QStringLiteral("unexpected character '%1'").arg(c), m_pos);
        return false;
    }

    bool isOp(const char *op) const { return m_tok.kind == Token::Op && m_tok.text == QLatin1String(op); }
    bool isWord(const char *w) const { return m_tok.kind == Token::Ident && m_tok.text == QLatin1String(w); }

    bool expect(const char *op)
    {
        if (!isOp(op)) {
            fail(QStringLiteral("expected '%1'").arg(QLatin1String(op)), m_tok.pos);
            return false;
        }
        return advance();
    }

    static std::unique_ptr<Node> make(NodeKind k, int pos)
    {
        auto n = std::make_unique<Node>();
        n->kind = k;
        n->pos = pos;
        return n;
    }

    std::unique_ptr<Node> parsePipe()
    {
        auto left = parseOr();
        while (left && isOp("|")) {
            if (!advance())
                return nullptr;
            if (m_tok.kind != Token::Ident)
                return failNode(QStringLiteral("expected a function name after '|'"), m_tok.pos);
            const QString name = m_tok.text;
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            std::vector<std::unique_ptr<Node>> args;
            args.push_back(std::move(left));
            if (isOp("(")) {
                if (!parseArgs(&args))
                    return nullptr;
            }
            left = callNode(name, pos, std::move(args));
        }
        return left;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && (isOp("||") || isWord("or"))) {
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            auto right = parseAnd();
            if (!right)
                return nullptr;
            auto n = make(NodeKind::Or, pos);
            n->args.push_back(std::move(left));
            n->args.push_back(std::move(right));
            left = std::move(n);
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseCompare();
        while (left && (isOp("&&") || isWord("and"))) {
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            auto right = parseCompare();
            if (!right)
                return nullptr;
            auto n = make(NodeKind::And, pos);
            n->args.push_back(std::move(left));
            n->args.push_back(std::move(right));
            left = std::move(n);
        }
        return left;
    }

    std::unique_ptr<Node> binary(BinaryOp op, int pos, std::unique_ptr<Node> l, std::unique_ptr<Node> r)
    {
        auto n = make(NodeKind::Binary, pos);
        n->op = op;
        n->args.push_back(std::move(l));
        n->args.push_back(std::move(r));
        return n;
    }

    std::unique_ptr<Node> parseCompare()
    {
        auto left = parseAdd();
        if (!left)
            return nullptr;
        static const std::pair<const char *, BinaryOp> ops[] = {{"==", BinaryOp::Eq}, {"!=", BinaryOp::Ne},
                                                                {"<=", BinaryOp::Le}, {">=", BinaryOp::Ge},
                                                                {"<", BinaryOp::Lt},  {">", BinaryOp::Gt}};
        for (const auto &[text, op] : ops) {
            if (isOp(text)) {
                const int pos = m_tok.pos;
                if (!advance())
                    return nullptr;
                auto right = parseAdd();
                if (!right)
                    return nullptr;
                return binary(op, pos, std::move(left), std::move(right));
            }
        }
        return left;
    }

    std::unique_ptr<Node> parseAdd()
    {
        auto left = parseMul();
        while (left && (isOp("+") || isOp("-"))) {
            const BinaryOp op = isOp("+") ? BinaryOp::Add : BinaryOp::Sub;
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            auto right = parseMul();
            if (!right)
                return nullptr;
            left = binary(op, pos, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseMul()
    {
        auto left = parseUnary();
        while (left && (isOp("*") || isOp("/") || isOp("%"))) {
            const BinaryOp op = isOp("*") ? BinaryOp::Mul : isOp("/") ? BinaryOp::Div : BinaryOp::Mod;
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = binary(op, pos, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (isOp("-") || isOp("!") || isWord("not")) {
            const bool neg = isOp("-");
            const int pos = m_tok.pos;
            if (!advance())
                return nullptr;
            auto operand = parseUnary();
            if (!operand)
                return nullptr;
            if (neg && operand->kind == NodeKind::Constant && operand->constant.isDouble()) {
                operand->constant = -operand->constant.toDouble();
                return operand;
            }
            auto n = make(neg ? NodeKind::Negate : NodeKind::Not, pos);
            n->args.push_back(std::move(operand));
            return n;
        }
        return parsePrimary();
    }

    bool parseArgs(std::vector<std::unique_ptr<Node>> *args)
    {
        if (!expect("("))
            return false;
        if (isOp(")"))
            return advance();
        for (;;) {
            auto a = parsePipe();
            if (!a)
                return false;
            args->push_back(std::move(a));
            if (isOp(",")) {
                if (!advance())
                    return false;
                continue;
            }
            return expect(")");
        }
    }

    std::unique_ptr<Node> callNode(const QString &name, int pos, std::vector<std::unique_ptr<Node>> args)
    {
        const int argc = int(args.size());
        auto arity = [&](int lo, int hi) -> bool {
            if (argc < lo || (hi >= 0 && argc > hi)) {
                fail(QStringLiteral("%1() takes %2 argument(s), got %3")
                         .arg(name, hi == lo ? QString::number(lo)
                                    : hi < 0 ? QStringLiteral("at least %1").arg(lo)
                                             : QStringLiteral("%1 to %2").arg(lo).arg(hi))
                         .arg(argc),
                     pos);
                return false;
            }
            return true;
        };
        std::unique_ptr<Node> n;
        if (name == QLatin1String("if")) {
            if (!arity(2, 3))
                return nullptr;
            n = make(NodeKind::If, pos);
        } else if (name == QLatin1String("coalesce")) {
            if (!arity(1, -1))
                return nullptr;
            n = make(NodeKind::Coalesce, pos);
        } else if (name == QLatin1String("map") || name == QLatin1String("lookup")) {
            if (!arity(2, 2))
                return nullptr;
            if (args[0]->kind != NodeKind::Constant || !args[0]->constant.isString())
                return failNode(QStringLiteral("%1(): the first argument must be a quoted name").arg(name),
                                pos);
            n = make(name == QLatin1String("map") ? NodeKind::ValueMap : NodeKind::Lookup, pos);
            n->name = args[0]->constant.toString();
            args.erase(args.begin());
            n->args = std::move(args);
            return n;
        } else {
            const FunctionSpec *fn = findFunction(name);
            if (!fn)
                return failNode(QStringLiteral("unknown function '%1'").arg(name), pos);
            if (!arity(fn->minArgs, fn->maxArgs))
                return nullptr;
            n = make(NodeKind::Call, pos);
            n->fn = fn;
            if (fn->regexArg >= 0 && fn->regexArg < argc &&
                args[size_t(fn->regexArg)]->kind == NodeKind::Constant) {
                n->regex = QRegularExpression(toText(args[size_t(fn->regexArg)]->constant));
                if (!n->regex.isValid())
                    return failNode(
                        QStringLiteral("%1(): bad regular expression: %2").arg(name, n->regex.errorString()),
                        pos);
                n->regex.optimize();
                n->hasRegex = true;
            }
        }
        n->name = name;
        n->args = std::move(args);
        return n;
    }

    std::unique_ptr<Node> pathNode()
    {
        const QString text = m_tok.text;
        auto n = make(NodeKind::Path, m_tok.pos);
        n->name = text;
        int i = 1;
        while (i < text.size() && identChar(text.at(i)))
            ++i;
        const QString rootName = text.mid(0, i);
        if (rootName == QLatin1String("$") || rootName == QLatin1String("$root"))
            n->root = PathRoot::Source;
        else if (rootName == QLatin1String("@"))
            n->root = PathRoot::Item;
        else if (rootName == QLatin1String("$params"))
            n->root = PathRoot::Params;
        else if (rootName == QLatin1String("$ctx"))
            n->root = PathRoot::Context;
        else if (rootName == QLatin1String("$index"))
            n->root = PathRoot::Index;
        else
            return failNode(
                QStringLiteral("unknown path root '%1' (use $, @, $params, $ctx or $index)").arg(rootName),
                m_tok.pos);
        while (i < text.size()) {
            PathStep step;
            if (text.at(i) == QLatin1Char('.')) {
                int j = i + 1;
                while (j < text.size() && (identChar(text.at(j)) || text.at(j) == QLatin1Char('*')))
                    ++j;
                step.key = text.mid(i + 1, j - i - 1);
                if (step.key == QLatin1String("*"))
                    step.kind = PathStep::Wildcard;
                i = j;
            } else if (text.at(i) == QLatin1Char('[')) {
                const int close = int(text.indexOf(QLatin1Char(']'), i));
                const QString inner = text.mid(i + 1, close - i - 1).trimmed();
                i = close + 1;
                if (inner == QLatin1String("*")) {
                    step.kind = PathStep::Wildcard;
                } else if (inner.startsWith(QLatin1Char('"')) || inner.startsWith(QLatin1Char('\''))) {
                    step.key = inner.mid(1, inner.size() - 2);
                } else {
                    bool okay = false;
                    step.index = inner.toInt(&okay);
                    if (!okay)
                        return failNode(QStringLiteral("bad index '[%1]' in path").arg(inner), m_tok.pos);
                    step.kind = PathStep::Index;
                }
            } else {
                return failNode(QStringLiteral("bad path '%1'").arg(text), m_tok.pos);
            }
            if (step.kind == PathStep::Wildcard)
                n->wildcard = true;
            n->steps << step;
        }
        if (n->root == PathRoot::Index && !n->steps.isEmpty())
            return failNode(QStringLiteral("$index has no fields"), m_tok.pos);
        return n;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const int pos = m_tok.pos;
        switch (m_tok.kind) {
        case Token::Number: {
            auto n = make(NodeKind::Constant, pos);
            n->constant = m_tok.number;
            return advance() ? std::move(n) : nullptr;
        }
        case Token::String: {
            auto n = make(NodeKind::Constant, pos);
            n->constant = m_tok.text;
            return advance() ? std::move(n) : nullptr;
        }
        case Token::Path: {
            auto n = pathNode();
            if (!n || !advance())
                return nullptr;
            return n;
        }
        case Token::Ident: {
            const QString name = m_tok.text;
            if (!advance())
                return nullptr;
            if (isOp("(")) {
                std::vector<std::unique_ptr<Node>> args;
                if (!parseArgs(&args))
                    return nullptr;
                return callNode(name, pos, std::move(args));
            }
            auto n = make(NodeKind::Constant, pos);
            if (name == QLatin1String("true") || name == QLatin1String("false"))
                n->constant = name == QLatin1String("true");
            else if (name == QLatin1String("null"))
                n->constant = QJsonValue(QJsonValue::Null);
            else
                return failNode(
                    QStringLiteral("unknown name '%1' (paths start with $ or @; text needs quotes)")
                        .arg(name),
                    pos);
            return n;
        }
        case Token::Op:
            if (isOp("(")) {
                if (!advance())
                    return nullptr;
                auto inner = parsePipe();
                if (!inner || !expect(")"))
                    return nullptr;
                return inner;
            }
            if (isOp("[")) {
                auto n = make(NodeKind::List, pos);
                if (!advance())
                    return nullptr;
                while (!isOp("]")) {
                    auto e = parsePipe();
                    if (!e)
                        return nullptr;
                    n->args.push_back(std::move(e));
                    if (isOp(",")) {
                        if (!advance())
                            return nullptr;
                    } else if (!isOp("]")) {
                        return failNode(QStringLiteral("expected ',' or ']'"), m_tok.pos);
                    }
                }
                return advance() ? std::move(n) : nullptr;
            }
            return failNode(QStringLiteral("unexpected '%1'").arg(m_tok.text), pos);
        case Token::End:
            return failNode(QStringLiteral("unexpected end of expression"), pos);
        }
        return nullptr;
    }
};

} // namespace

Result<std::unique_ptr<Node>> parseExpression(const QString &text)
{
    Parser p(text);
    return p.parseAll();
}

Result<std::unique_ptr<Node>> parsePath(const QString &text)
{
    Parser p(text);
    return p.parseOnlyPath();
}

} // namespace m3cart::mapping
