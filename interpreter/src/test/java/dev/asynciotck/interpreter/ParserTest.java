package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.Parser;
import dev.asynciotck.interpreter.syntax.Pos;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Stmt only(String source) {
        List<Stmt> body = Parser.parseModule(source);
        assertThat(body).hasSize(1);
        return body.get(0);
    }

    private static Expr expression(String source) {
        return ((Stmt.ExprStmt) only(source)).value();
    }

    @Test
    void precedenceFollowsPython() {
        Expr e = expression("1 + 2 * 3 ** -4");
        assertThat(e).isInstanceOf(Expr.BinOp.class);
        Expr.BinOp sum = (Expr.BinOp) e;
        assertThat(sum.op()).isEqualTo("+");
        Expr.BinOp product = (Expr.BinOp) sum.right();
        assertThat(product.op()).isEqualTo("*");
        Expr.BinOp power = (Expr.BinOp) product.right();
        assertThat(power.op()).isEqualTo("**");
        assertThat(power.right()).isEqualTo(new Expr.Constant(new Pos(1, 14), -4L));
    }

    @Test
    void comparisonsChainAndBooleanOperatorsGroup() {
        Expr.BoolOp or = (Expr.BoolOp) expression("a < b <= c or not d and e is not None");
        assertThat(or.op()).isEqualTo("or");
        Expr.Compare chain = (Expr.Compare) or.values().get(0);
        assertThat(chain.ops()).containsExactly("<", "<=");
        Expr.BoolOp and = (Expr.BoolOp) or.values().get(1);
        assertThat(and.values().get(0)).isInstanceOf(Expr.UnaryOp.class);
        assertThat(((Expr.Compare) and.values().get(1)).ops()).containsExactly("is not");
    }

    @Test
    void callsTakePositionalKeywordAndStarredArguments() {
        Expr.Call call = (Expr.Call) expression("f(1, *rest, name='x', **extra)");
        assertThat(call.arguments()).extracting(Expr.Argument::kind).containsExactly(
                Expr.Argument.Kind.POSITIONAL, Expr.Argument.Kind.STAR, Expr.Argument.Kind.KEYWORD,
                Expr.Argument.Kind.DOUBLE_STAR);
        assertThat(call.arguments().get(2).keyword()).isEqualTo("name");
    }

    @Test
    void assignmentTargetsIncludeStarredUnpackingAttributesAndSubscripts() {
        Stmt.Assign assign = (Stmt.Assign) only("a, *b = obj.items[0] = values\n");
        assertThat(assign.targets()).hasSize(2);
        Expr.TupleExpr first = (Expr.TupleExpr) assign.targets().get(0);
        assertThat(first.elements().get(1)).isInstanceOf(Expr.Starred.class);
        assertThat(assign.targets().get(1)).isInstanceOf(Expr.Subscript.class);
    }

    @Test
    void asyncDefRecordsItsScope() {
        Stmt.FunctionDef outer = (Stmt.FunctionDef) only(
                "async def outer(a, b=1):\n    x = a\n    def inner():\n        nonlocal x\n        x = 2\n    return await inner()\n");
        assertThat(outer.scope().isAsync()).isTrue();
        assertThat(outer.scope().locals()).containsExactlyInAnyOrder("a", "b", "x", "inner");
        Stmt.FunctionDef inner = (Stmt.FunctionDef) outer.body().get(1);
        assertThat(inner.scope().qualifiedName()).isEqualTo("outer.<locals>.inner");
        assertThat(inner.scope().nonlocals()).containsExactly("x");
        assertThat(inner.scope().locals()).isEmpty();
    }

    @Test
    void methodsAreQualifiedByTheirClass() {
        Stmt.ClassDef cls = (Stmt.ClassDef) only("class Box:\n    def open(self):\n        pass\n");
        assertThat(((Stmt.FunctionDef) cls.body().get(0)).scope().qualifiedName()).isEqualTo("Box.open");
    }

    @Test
    void tryStatementsKeepHandlersElseAndFinally() {
        Stmt.Try t = (Stmt.Try) only("try:\n    a()\nexcept (A, B) as e:\n    b()\nexcept C:\n    pass\nelse:\n    c()\nfinally:\n    d()\n");
        assertThat(t.handlers()).extracting(Stmt.Handler::name).containsExactly("e", null);
        assertThat(t.handlers().get(0).type()).isInstanceOf(Expr.TupleExpr.class);
        assertThat(t.orElse()).hasSize(1);
        assertThat(t.finalBody()).hasSize(1);
        assertThat(t.star()).isFalse();
    }

    @Test
    void fStringsSplitIntoTextAndFieldsWithConversionAndSpec() {
        Expr.FString f = (Expr.FString) expression("f'v={value!r:>{width}} done'");
        assertThat(f.parts()).hasSize(3);
        assertThat(f.parts().get(0)).isEqualTo(new Expr.FStringText("v="));
        Expr.FStringField field = (Expr.FStringField) f.parts().get(1);
        assertThat(field.conversion()).isEqualTo('r');
        assertThat(field.expression()).isEqualTo(new Expr.Name(new Pos(1, 6), "value"));
        assertThat(field.formatSpec().parts()).hasSize(2);
        assertThat(f.parts().get(2)).isEqualTo(new Expr.FStringText(" done"));
    }

    @Test
    void adjacentStringLiteralsConcatenateAndEscapesAreDecoded() {
        assertThat(expression("'a\\tb' \"c\\x41\" r'\\n'")).isEqualTo(new Expr.Constant(new Pos(1, 1), "a\tbcA\\n"));
    }

    @Test
    void comprehensionsGetTheirOwnScope() {
        Expr.Comprehension c = (Expr.Comprehension) expression("[x * y for x in xs if x for y in ys]");
        assertThat(c.kind()).isEqualTo("list");
        assertThat(c.generators()).hasSize(2);
        assertThat(c.generators().get(0).conditions()).hasSize(1);
        assertThat(c.scope().locals()).containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void dictAndSetDisplaysAreTellApart() {
        assertThat(expression("{1: 2, **d}")).isInstanceOf(Expr.DictExpr.class);
        assertThat(expression("{1, 2}")).isInstanceOf(Expr.SetExpr.class);
        assertThat(expression("{}")).isInstanceOf(Expr.DictExpr.class);
        assertThat(expression("{k: v for k, v in items}")).isInstanceOf(Expr.DictComprehension.class);
    }

    @Test
    void exceptStarIsRecorded() {
        Stmt.Try t = (Stmt.Try) only("try:\n    pass\nexcept* ValueError as eg:\n    pass\n");
        assertThat(t.star()).isTrue();
    }
}
