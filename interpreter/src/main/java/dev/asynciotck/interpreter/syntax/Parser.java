package dev.asynciotck.interpreter.syntax;

import java.util.ArrayList;
import java.util.List;

/** Parses a module of the subset into statements; reports unsupported constructs at their position. */
public final class Parser extends SimpleStatementParser {

    private Parser(List<Token> tokens) {
        super(tokens);
    }

    /** Parses a whole module. */
    public static List<Stmt> parseModule(String source) {
        Parser parser = new Parser(Lexer.tokenize(source));
        List<Stmt> body = new ArrayList<>();
        while (parser.peek().type() != TokenType.END) {
            if (parser.peek().type() == TokenType.NEWLINE) {
                parser.next();
                continue;
            }
            parser.statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        Token token = peek();
        if (token.type() == TokenType.INDENT) {
            throw error("unexpected indent", token);
        }
        if (token.type() == TokenType.NAME) {
            switch (token.text()) {
                case "if" -> {
                    out.add(ifStatement());
                    return;
                }
                case "while" -> {
                    out.add(whileStatement());
                    return;
                }
                case "for" -> {
                    out.add(forStatement(false, Pos.of(token)));
                    return;
                }
                case "try" -> {
                    out.add(tryStatement());
                    return;
                }
                case "with" -> {
                    out.add(withStatement(false, Pos.of(token)));
                    return;
                }
                case "def" -> {
                    out.add(functionDef(List.of(), false, Pos.of(token)));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), Pos.of(token)));
                    return;
                }
                case "async" -> {
                    out.add(asyncStatement(List.of()));
                    return;
                }
                case "match" -> {
                    if (looksLikeMatchStatement()) {
                        throw unsupported("match statement", token);
                    }
                }
                default -> { }
            }
        } else if (token.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private boolean looksLikeMatchStatement() {
        Token after = peek(1);
        if (after.type() == TokenType.NEWLINE || (after.type() == TokenType.OP
                && List.of("=", ".", "(", "[", ",", ")", ":").contains(after.text()) && !after.isOp("(") && !after.isOp("["))) {
            return false;
        }
        for (int i = index + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.NEWLINE) {
                return tokens.get(i - 1).isOp(":") && tokens.get(i + 1).type() == TokenType.INDENT;
            }
        }
        return false;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(expression());
            expect(TokenType.NEWLINE);
        }
        Token token = peek();
        if (token.isKeyword("def")) {
            return functionDef(decorators, false, Pos.of(token));
        }
        if (token.isKeyword("class")) {
            return classDef(decorators, Pos.of(token));
        }
        if (token.isKeyword("async") && peek(1).isKeyword("def")) {
            next();
            return functionDef(decorators, true, Pos.of(token));
        }
        throw expected("'def' or 'class' after a decorator");
    }

    private Stmt asyncStatement(List<Expr> decorators) {
        Token asyncToken = expectKeyword("async");
        Pos pos = Pos.of(asyncToken);
        if (atKeyword("def")) {
            return functionDef(decorators, true, pos);
        }
        if (!scopes.awaitAllowed()) {
            String what = atKeyword("for") ? "'async for'" : "'async with'";
            throw error(what + " outside async function", asyncToken);
        }
        if (atKeyword("for")) {
            return forStatement(true, pos);
        }
        if (atKeyword("with")) {
            return withStatement(true, pos);
        }
        throw expected("'def', 'for' or 'with' after 'async'");
    }

    /** ':' followed by a simple statement line or an indented block. */
    private List<Stmt> block() {
        expectOp(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().type() != TokenType.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        next();
        if (peek().type() != TokenType.INDENT) {
            throw error("expected an indented block", peek());
        }
        next();
        while (peek().type() != TokenType.DEDENT && peek().type() != TokenType.END) {
            statement(body);
        }
        if (peek().type() == TokenType.DEDENT) {
            next();
        }
        return body;
    }

    private List<Stmt> loopBody() {
        scopes.current().loopDepth++;
        try {
            return block();
        } finally {
            scopes.current().loopDepth--;
        }
    }

    private Stmt ifStatement() {
        Pos pos = Pos.of(next());
        Expr test = namedExpression();
        List<Stmt> body = block();
        List<Stmt> orElse = List.of();
        if (atKeyword("elif")) {
            orElse = List.of(ifStatement());
        } else if (acceptKeyword("else")) {
            orElse = block();
        }
        return new Stmt.If(pos, test, body, orElse);
    }

    private Expr namedExpression() {
        return expression();
    }

    private Stmt whileStatement() {
        Pos pos = Pos.of(next());
        Expr test = namedExpression();
        List<Stmt> body = loopBody();
        List<Stmt> orElse = acceptKeyword("else") ? block() : List.of();
        return new Stmt.While(pos, test, body, orElse);
    }

    private Stmt forStatement(boolean isAsync, Pos pos) {
        expectKeyword("for");
        Expr target = targetList();
        bindTarget(target);
        expectKeyword("in");
        Expr iterable = starExpressions();
        List<Stmt> body = loopBody();
        List<Stmt> orElse = acceptKeyword("else") ? block() : List.of();
        return new Stmt.For(pos, target, iterable, body, orElse, isAsync);
    }

    private Stmt tryStatement() {
        Pos pos = Pos.of(next());
        List<Stmt> body = block();
        List<Stmt.Handler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKeyword("except")) {
            Token exceptToken = next();
            boolean isStar = acceptOp("*");
            if (star != null && star != isStar) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", exceptToken);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    throw error("multiple exception types must be parenthesized", type.pos());
                }
                if (acceptKeyword("as")) {
                    name = expectName();
                    scopes.bind(name);
                }
            } else if (isStar) {
                throw error("expected one or more exception types", peek());
            }
            handlers.add(new Stmt.Handler(Pos.of(exceptToken), type, name, block()));
        }
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) {
                throw error("default 'except:' must be last", handlers.get(i).pos());
            }
        }
        List<Stmt> orElse = List.of();
        if (atKeyword("else")) {
            if (handlers.isEmpty()) {
                throw expected("'except' or 'finally' block");
            }
            next();
            orElse = block();
        }
        List<Stmt> finalBody = List.of();
        if (acceptKeyword("finally")) {
            finalBody = block();
        } else if (handlers.isEmpty()) {
            throw expected("'except' or 'finally' block");
        }
        return new Stmt.Try(pos, body, handlers, orElse, finalBody, star != null && star);
    }

    private Stmt withStatement(boolean isAsync, Pos pos) {
        expectKeyword("with");
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr context = expression();
            Expr target = null;
            if (acceptKeyword("as")) {
                target = targetList();
                bindTarget(target);
            }
            items.add(new Stmt.WithItem(context, target));
        } while (acceptOp(","));
        return new Stmt.With(pos, items, block(), isAsync);
    }

    private Stmt functionDef(List<Expr> decorators, boolean isAsync, Pos pos) {
        expectKeyword("def");
        String name = expectName();
        scopes.bind(name);
        scopes.push(isAsync ? ScopeStack.Kind.ASYNC_FUNCTION : ScopeStack.Kind.FUNCTION, scopes.qualify(name));
        expectOp("(");
        List<Param> params = parameters(")");
        expectOp(")");
        if (acceptOp("->")) {
            expression();
        }
        List<Stmt> body = block();
        FunctionScope scope = scopes.popFunction();
        return new Stmt.FunctionDef(pos, name, params, body, decorators, scope);
    }

    private Stmt classDef(List<Expr> decorators, Pos pos) {
        expectKeyword("class");
        String name = expectName();
        scopes.bind(name);
        List<Expr> bases = new ArrayList<>();
        if (acceptOp("(")) {
            while (!atOp(")")) {
                Token at = peek();
                if (at.type() == TokenType.NAME && peek(1).isOp("=")) {
                    throw unsupported("class keyword argument '" + at.text() + "='", at);
                }
                if (atOp("*") || atOp("**")) {
                    throw unsupported("starred class bases", at);
                }
                bases.add(expression());
                if (!acceptOp(",")) {
                    break;
                }
            }
            expectOp(")");
        }
        String qualifiedName = scopes.qualify(name);
        scopes.push(ScopeStack.Kind.CLASS, qualifiedName);
        List<Stmt> body = block();
        scopes.popClass();
        return new Stmt.ClassDef(pos, name, bases, body, decorators, qualifiedName);
    }

}
