package dev.asynciotck.interpreter.syntax;

import java.util.ArrayList;
import java.util.List;

/** Simple statements: expressions, assignments, pass/break/continue/return/raise, imports, global, del, assert. */
abstract class SimpleStatementParser extends DisplayParser {

    SimpleStatementParser(List<Token> tokens) {
        super(tokens);
    }

    /** Simple statements separated by ';' up to the end of the line. */
    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!acceptOp(";")) {
                break;
            }
            if (peek().type() == TokenType.NEWLINE) {
                break;
            }
        }
        expect(TokenType.NEWLINE);
    }

    private Stmt simpleStatement() {
        Token token = peek();
        Pos pos = Pos.of(token);
        if (token.type() == TokenType.NAME) {
            switch (token.text()) {
                case "pass" -> {
                    next();
                    return new Stmt.Pass(pos);
                }
                case "break", "continue" -> {
                    next();
                    if (scopes.current().loopDepth == 0) {
                        throw error("'" + token.text() + "' " + (token.text().equals("break") ? "outside loop"
                                : "not properly in loop"), token);
                    }
                    return token.text().equals("break") ? new Stmt.Break(pos) : new Stmt.Continue(pos);
                }
                case "return" -> {
                    next();
                    if (!scopes.current().isFunctionLike()) {
                        throw error("'return' outside function", token);
                    }
                    Expr value = atEndOfSimpleStatement() ? null : starExpressions();
                    if (value != null) {
                        scopes.markReturnWithValue(pos);
                    }
                    return new Stmt.Return(pos, value);
                }
                case "raise" -> {
                    next();
                    Expr exception = null;
                    Expr cause = null;
                    if (!atEndOfSimpleStatement()) {
                        exception = expression();
                        if (acceptKeyword("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(pos, exception, cause);
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (acceptOp(","));
                    if (token.text().equals("global")) {
                        scopes.current().globals.addAll(names);
                        return new Stmt.Global(pos, names);
                    }
                    if (scopes.atModuleLevel()) {
                        throw error("nonlocal declaration not allowed at module level", token);
                    }
                    scopes.current().nonlocals.addAll(names);
                    return new Stmt.Nonlocal(pos, names);
                }
                case "del" -> {
                    next();
                    Expr targets = targetList();
                    bindTarget(targets);
                    return new Stmt.Delete(pos, targets instanceof Expr.TupleExpr t ? t.elements() : List.of(targets));
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr message = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(pos, test, message);
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "yield" -> {
                    return new Stmt.ExprStmt(pos, yieldExpression());
                }
                default -> { }
            }
        }
        return expressionStatement(pos);
    }

    private boolean atEndOfSimpleStatement() {
        return peek().type() == TokenType.NEWLINE || atOp(";") || peek().type() == TokenType.END;
    }

    private Stmt importStatement() {
        Pos pos = Pos.of(next());
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token at = peek();
            String name = dottedName();
            String asName = acceptKeyword("as") ? expectName() : null;
            scopes.bind(asName != null ? asName : name.split("\\.")[0]);
            names.add(new Stmt.Alias(Pos.of(at), name, asName));
        } while (acceptOp(","));
        return new Stmt.Import(pos, names);
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName());
        while (acceptOp(".")) {
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    private Stmt fromImport() {
        Pos pos = Pos.of(next());
        if (atOp(".") || atOp("...")) {
            throw unsupported("relative import", peek());
        }
        String module = dottedName();
        expectKeyword("import");
        List<Stmt.Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            if (!scopes.atModuleLevel()) {
                throw error("import * only allowed at module level", star);
            }
            names.add(new Stmt.Alias(Pos.of(star), "*", null));
            return new Stmt.ImportFrom(pos, module, names);
        }
        boolean parenthesized = acceptOp("(");
        do {
            if (parenthesized && atOp(")")) {
                break;
            }
            Token at = peek();
            String name = expectName();
            String asName = acceptKeyword("as") ? expectName() : null;
            scopes.bind(asName != null ? asName : name);
            names.add(new Stmt.Alias(Pos.of(at), name, asName));
        } while (acceptOp(","));
        if (parenthesized) {
            expectOp(")");
        }
        return new Stmt.ImportFrom(pos, module, names);
    }

    private Stmt expressionStatement(Pos pos) {
        Expr first = starExpressions();
        if (atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (acceptOp("=")) {
                checkTarget(value);
                bindTarget(value);
                targets.add(value);
                value = atKeyword("yield") ? yieldExpression() : starExpressions();
            }
            return new Stmt.Assign(pos, targets, value);
        }
        Token op = peek();
        if (op.type() == TokenType.OP && op.text().length() >= 2 && op.text().endsWith("=")
                && !List.of("==", "!=", "<=", ">=").contains(op.text())) {
            next();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + describe(first) + "' is an illegal expression for augmented assignment", first.pos());
            }
            bindTarget(first);
            Expr value = atKeyword("yield") ? yieldExpression() : starExpressions();
            String binary = op.text().substring(0, op.text().length() - 1);
            if (binary.equals("@")) {
                throw unsupported("matrix multiplication operator '@='", op);
            }
            return new Stmt.AugAssign(pos, first, binary, value);
        }
        if (atOp(":")) {
            next();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("only single target (not " + (first instanceof Expr.TupleExpr ? "tuple" : "list")
                        + ") can be annotated", first.pos());
            }
            expression();
            bindTarget(first);
            Expr value = acceptOp("=") ? starExpressions() : null;
            return new Stmt.AnnAssign(pos, first, value);
        }
        if (first instanceof Expr.Starred) {
            throw error("can't use starred expression here", first.pos());
        }
        return new Stmt.ExprStmt(pos, first);
    }
}
