package dev.asynciotck.interpreter.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Atoms and displays: literals, strings and f-strings, list/tuple/dict/set displays, comprehensions, lambdas. */
abstract class DisplayParser extends ExpressionParser {

    DisplayParser(List<Token> tokens) {
        super(tokens);
    }

    /** An expression without a conditional, used for comprehension conditions. */
    private Expr noCondition() {
        boolean saved = inComprehensionCondition;
        inComprehensionCondition = true;
        try {
            return atKeyword("lambda") ? lambda() : orTest();
        } finally {
            inComprehensionCondition = saved;
        }
    }

    @Override
    Expr lambda() {
        Pos pos = Pos.of(expectKeyword("lambda"));
        scopes.push(ScopeStack.Kind.LAMBDA, scopes.qualify("<lambda>"));
        List<Param> params = parameters(":");
        expectOp(":");
        Expr body = expression();
        FunctionScope scope = scopes.popFunction();
        return new Expr.Lambda(pos, params, body, scope);
    }

    /** Parameters up to {@code end} (":" for lambda, ")" for def); binds them in the current scope. */
    List<Param> parameters(String end) {
        List<Param> params = new ArrayList<>();
        boolean keywordOnly = false;
        boolean sawDefault = false;
        while (!atOp(end)) {
            Token at = peek();
            if (acceptOp("/")) {
                // positional-only marker: accepted, treated as ordinary positional parameters
            } else if (acceptOp("**")) {
                String name = expectName();
                scopes.bind(name);
                params.add(new Param(Pos.of(at), name, null, Param.Kind.VAR_KEYWORD));
            } else if (acceptOp("*")) {
                keywordOnly = true;
                if (peek().type() == TokenType.NAME) {
                    String name = expectName();
                    scopes.bind(name);
                    params.add(new Param(Pos.of(at), name, null, Param.Kind.VAR_POSITIONAL));
                }
            } else {
                String name = expectName();
                if (end.equals(")") && acceptOp(":")) {
                    expression();
                }
                Expr defaultValue = null;
                if (acceptOp("=")) {
                    defaultValue = expression();
                    sawDefault = true;
                } else if (sawDefault && !keywordOnly) {
                    throw error("parameter without a default follows parameter with a default", at);
                }
                for (Param p : params) {
                    if (p.name().equals(name)) {
                        throw error("duplicate argument '" + name + "' in function definition", at);
                    }
                }
                scopes.bind(name);
                params.add(new Param(Pos.of(at), name, defaultValue,
                        keywordOnly ? Param.Kind.KEYWORD_ONLY : Param.Kind.POSITIONAL));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return params;
    }

    /** Parses a comprehension's for/if clauses after its element, in a new scope. */
    @Override
    Expr comprehension(String kind, Expr element, Expr value, Pos pos) {
        // The element was parsed in the enclosing scope; re-parsing is avoided by binding the targets in a
        // comprehension scope now and evaluating the element later in that scope.
        scopes.push(ScopeStack.Kind.COMPREHENSION, scopes.qualify("<" + (kind.equals("generator") ? "genexpr"
                : kind + "comp") + ">"));
        List<Expr.ComprehensionFor> generators = new ArrayList<>();
        while (atKeyword("for") || atKeyword("async")) {
            boolean isAsync = acceptKeyword("async");
            if (isAsync && !scopes.awaitAllowed()) {
                throw error("asynchronous comprehension outside of an asynchronous function", peek());
            }
            expectKeyword("for");
            Expr target = targetList();
            bindTarget(target);
            expectKeyword("in");
            Expr iterable = orTest();
            List<Expr> conditions = new ArrayList<>();
            while (atKeyword("if")) {
                next();
                conditions.add(noCondition());
            }
            generators.add(new Expr.ComprehensionFor(target, iterable, conditions, isAsync));
        }
        FunctionScope scope = scopes.popFunction();
        if (kind.equals("dict")) {
            return new Expr.DictComprehension(pos, element, value, generators, scope);
        }
        return new Expr.Comprehension(pos, kind, element, generators, scope);
    }

    @Override
    Expr atom() {
        Token token = peek();
        Pos pos = Pos.of(token);
        switch (token.type()) {
            case NUMBER -> {
                next();
                return new Expr.Constant(pos, Numbers.parse(token));
            }
            case STRING -> {
                return strings();
            }
            case NAME -> {
                switch (token.text()) {
                    case "None" -> {
                        next();
                        return new Expr.Constant(pos, null);
                    }
                    case "True" -> {
                        next();
                        return new Expr.Constant(pos, Boolean.TRUE);
                    }
                    case "False" -> {
                        next();
                        return new Expr.Constant(pos, Boolean.FALSE);
                    }
                    case "yield" -> throw unsupported("yield expression", token);
                    default -> {
                        if (KEYWORDS.contains(token.text())) {
                            throw error("invalid syntax ('" + token.text() + "' is a keyword)", token);
                        }
                        next();
                        return new Expr.Name(pos, token.text());
                    }
                }
            }
            case OP -> {
                return switch (token.text()) {
                    case "(" -> parenthesized();
                    case "[" -> listDisplay();
                    case "{" -> braceDisplay();
                    case "..." -> {
                        next();
                        yield new Expr.Constant(pos, Ellipsis.INSTANCE);
                    }
                    default -> throw expected("an expression");
                };
            }
            default -> throw expected("an expression");
        }
    }

    private Expr parenthesized() {
        Pos pos = Pos.of(expectOp("("));
        if (acceptOp(")")) {
            return new Expr.TupleExpr(pos, List.of());
        }
        if (atKeyword("yield")) {
            Expr yield = yieldExpression();
            expectOp(")");
            return yield;
        }
        Expr first = starExpression();
        if (atKeyword("for") || atKeyword("async")) {
            Expr comp = comprehension("generator", first, null, pos);
            expectOp(")");
            return comp;
        }
        if (!atOp(",")) {
            expectOp(")");
            if (first instanceof Expr.Starred) {
                throw error("cannot use starred expression here", first.pos());
            }
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (acceptOp(",") && !atOp(")")) {
            items.add(starExpression());
        }
        expectOp(")");
        return new Expr.TupleExpr(pos, items);
    }

    private Expr listDisplay() {
        Pos pos = Pos.of(expectOp("["));
        List<Expr> items = new ArrayList<>();
        if (acceptOp("]")) {
            return new Expr.ListExpr(pos, items);
        }
        Expr first = starExpression();
        if (atKeyword("for") || atKeyword("async")) {
            Expr comp = comprehension("list", first, null, pos);
            expectOp("]");
            return comp;
        }
        items.add(first);
        while (acceptOp(",") && !atOp("]")) {
            items.add(starExpression());
        }
        expectOp("]");
        return new Expr.ListExpr(pos, items);
    }

    private Expr braceDisplay() {
        Pos pos = Pos.of(expectOp("{"));
        if (acceptOp("}")) {
            return new Expr.DictExpr(pos, List.of(), List.of());
        }
        if (atOp("**") || !startsSetItem()) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            do {
                if (atOp("}")) {
                    break;
                }
                if (acceptOp("**")) {
                    keys.add(null);
                    values.add(bitOr());
                    continue;
                }
                Expr key = expression();
                expectOp(":");
                Expr value = expression();
                if (keys.isEmpty() && (atKeyword("for") || atKeyword("async"))) {
                    Expr comp = comprehension("dict", key, value, pos);
                    expectOp("}");
                    return comp;
                }
                keys.add(key);
                values.add(value);
            } while (acceptOp(","));
            expectOp("}");
            return new Expr.DictExpr(pos, keys, values);
        }
        Expr first = starExpression();
        if (atKeyword("for") || atKeyword("async")) {
            Expr comp = comprehension("set", first, null, pos);
            expectOp("}");
            return comp;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (acceptOp(",") && !atOp("}")) {
            items.add(starExpression());
        }
        expectOp("}");
        return new Expr.SetExpr(pos, items);
    }

    /** Looks ahead (without consuming) for a top-level ':' before ',' or '}' or 'for': a dict if found. */
    private boolean startsSetItem() {
        int depth = 0;
        for (int i = index; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.END) {
                return true;
            }
            if (t.type() != TokenType.OP && !(t.type() == TokenType.NAME && depth == 0 && (t.text().equals("for")
                    || t.text().equals("lambda")))) {
                continue;
            }
            if (t.type() == TokenType.NAME) {
                return true;
            }
            switch (t.text()) {
                case "(", "[", "{" -> depth++;
                case ")", "]" -> depth--;
                case "}" -> {
                    if (depth == 0) {
                        return true;
                    }
                    depth--;
                }
                case ":" -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case "," -> {
                    if (depth == 0) {
                        return true;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    private Expr strings() {
        Pos pos = Pos.of(peek());
        List<Token> literals = new ArrayList<>();
        while (peek().type() == TokenType.STRING) {
            literals.add(next());
        }
        boolean anyF = false;
        for (Token t : literals) {
            if (StringLiterals.isBytes(t)) {
                throw unsupported("bytes literal", t);
            }
            anyF |= StringLiterals.isFString(t);
        }
        if (!anyF) {
            StringBuilder value = new StringBuilder();
            literals.forEach(t -> value.append(StringLiterals.plain(t)));
            return new Expr.Constant(pos, value.toString());
        }
        List<Expr.FStringPart> parts = new ArrayList<>();
        for (Token t : literals) {
            if (StringLiterals.isFString(t)) {
                parts.addAll(StringLiterals.fstring(t, this::embedded));
            } else {
                parts.add(new Expr.FStringText(StringLiterals.plain(t)));
            }
        }
        return new Expr.FString(pos, parts);
    }

    /** Parses an f-string field's expression with this parser's scopes. */
    private Expr embedded(String text, int line, int column) {
        List<Token> savedTokens = tokens;
        int savedIndex = index;
        tokens = Lexer.tokenizeEmbedded(text, line, column);
        index = 0;
        try {
            Expr expr = starExpressions();
            if (peek().type() != TokenType.END) {
                throw expected("'}'");
            }
            return expr;
        } finally {
            tokens = savedTokens;
            index = savedIndex;
        }
    }
}
