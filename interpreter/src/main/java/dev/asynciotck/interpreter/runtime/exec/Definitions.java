package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** def, class, import. */
final class Definitions {

    private final ProgramRuntime rt;

    Definitions(ProgramRuntime rt) {
        this.rt = rt;
    }

    void defineFunction(Stmt.FunctionDef def, Frame frame) {
        List<Object> decorators = new ArrayList<>();
        for (Expr d : def.decorators()) {
            decorators.add(rt.evaluator.eval(d, frame));
        }
        PyFunction function = rt.evaluator.makeFunction(def.name(), def.params(), def.body(), null, def.scope(), frame);
        // co_firstlineno: the first decorator's line when there is one, else the def's.
        function.line = def.decorators().isEmpty() ? def.pos().line() : def.decorators().get(0).pos().line();
        frame.store(def.name(), decorate(function, decorators));
    }

    private Object decorate(Object value, List<Object> decorators) {
        Object result = value;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            result = rt.call(decorators.get(i), result);
        }
        return result;
    }

    void defineClass(Stmt.ClassDef def, Frame frame) {
        List<Object> decorators = new ArrayList<>();
        for (Expr d : def.decorators()) {
            decorators.add(rt.evaluator.eval(d, frame));
        }
        List<PyClass> bases = new ArrayList<>();
        for (Expr b : def.bases()) {
            Object base = rt.evaluator.eval(b, frame);
            if (!(base instanceof PyClass cls)) {
                throw new TypeError("bases must be types");
            }
            if (cls == Types.BOOL) {
                throw new TypeError("type 'bool' is not an acceptable base type");
            }
            bases.add(cls);
        }
        if (bases.isEmpty()) {
            bases.add(Types.OBJECT);
        }
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("__module__", "__main__");
        namespace.put("__qualname__", def.qualifiedName());
        Frame body = Frame.classBody(frame, namespace);
        rt.executor.execBlock(def.body(), body);
        PyClass cls = new PyClass(def.name(), "__main__", bases, false, null);
        cls.qualifiedName = def.qualifiedName();
        cls.dict.putAll(namespace);
        for (Object member : namespace.values()) {
            Object function = switch (member) {
                case PyWrappers.StaticMethod s -> s.function();
                case PyWrappers.ClassMethod c -> c.function();
                case PyWrappers.Property p -> p.getter();
                case null, default -> member;
            };
            if (function instanceof PyFunction f) {
                f.definingClass = cls;
            }
            if (member instanceof PyWrappers.Property p && p.setter() instanceof PyFunction s) {
                s.definingClass = cls;
            }
        }
        frame.store(def.name(), decorate(cls, decorators));
    }

    /**
     * {@code import m} and {@code import a.b}: a module the object model knows ({@code asyncio}, {@code threading},
     * {@code contextvars}, {@code concurrent.futures}, {@code decimal}, {@code sys}); {@code import a.b} binds {@code a}, {@code as} binds the
     * module itself.
     */
    void importModules(Stmt.Import s, Frame frame) {
        for (Stmt.Alias alias : s.names()) {
            String name = alias.name();
            if (rt.model().module(name).isEmpty()) {
                throw new UnsupportedConstructError("import of module '" + name + "'",
                        alias.pos().line(), alias.pos().column());
            }
            if (alias.asName() != null) {
                frame.store(alias.asName(), new PyModule(name));
            } else {
                String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                frame.store(top, new PyModule(top));
            }
        }
    }

    void importNames(Stmt.ImportFrom s, Frame frame) {
        if (!s.module().equals("asyncio") && rt.model().module(s.module()).isPresent()) {
            var attribute = rt.model().module(s.module()).orElseThrow();
            for (Stmt.Alias alias : s.names()) {
                if (alias.name().equals("*")) {
                    throw new UnsupportedConstructError("from " + s.module() + " import *", alias.pos().line(),
                            alias.pos().column());
                }
                Object value;
                try {
                    value = attribute.apply(alias.name());
                } catch (Errors.Unsupported u) {
                    throw new UnsupportedConstructError(u.construct, alias.pos().line(), alias.pos().column());
                } catch (dev.asynciotck.spi.exceptions.AttributeError missing) {
                    throw Errors.of(dev.asynciotck.interpreter.runtime.exception.ExceptionClasses.IMPORT_ERROR,
                            "cannot import name '" + alias.name() + "' from '" + s.module() + "'");
                }
                frame.store(alias.asName() != null ? alias.asName() : alias.name(), value);
            }
            return;
        }
        if (!s.module().equals("asyncio")) {
            throw new UnsupportedConstructError("import from module '" + s.module() + "'", s.pos().line(),
                    s.pos().column());
        }
        for (Stmt.Alias alias : s.names()) {
            if (alias.name().equals("*")) {
                throw new UnsupportedConstructError("from asyncio import *", alias.pos().line(), alias.pos().column());
            }
            Object value;
            try {
                value = rt.asyncioModule.importName(alias.name());
            } catch (Errors.Unsupported u) {
                throw new UnsupportedConstructError(u.construct, alias.pos().line(), alias.pos().column());
            }
            frame.store(alias.asName() != null ? alias.asName() : alias.name(), value);
        }
    }
}
