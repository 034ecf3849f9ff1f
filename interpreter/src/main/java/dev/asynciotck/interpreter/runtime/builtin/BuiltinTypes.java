package dev.asynciotck.interpreter.runtime.builtin;

import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Types;

import java.math.BigInteger;
import java.util.List;

/** What the builtins group brings to a program's object model: constructors of the builtin types, their methods. */
public final class BuiltinTypes {

    private BuiltinTypes() {
    }

    /** Registers the builtin types' constructors and the methods of str, list, dict, set, tuple and numbers. */
    public static void register(ObjectModel model) {
        model.registerConstructor(Types.OBJECT, BuiltinConstructors::object);
        model.registerConstructor(Types.TYPE, BuiltinConstructors::type);
        model.registerConstructor(Types.INT, BuiltinConstructors::integer);
        model.registerConstructor(Types.BOOL, BuiltinConstructors::bool);
        model.registerConstructor(Types.FLOAT, BuiltinConstructors::floating);
        model.registerConstructor(Types.STR, BuiltinConstructors::str);
        model.registerConstructor(Types.LIST, BuiltinConstructors::list);
        model.registerConstructor(Types.TUPLE, BuiltinConstructors::tuple);
        model.registerConstructor(Types.DICT, BuiltinConstructors::dict);
        model.registerConstructor(Types.SET, BuiltinConstructors::set);
        model.registerConstructor(Types.FROZENSET, BuiltinConstructors::frozenset);
        model.registerConstructor(Types.RANGE, BuiltinConstructors::range);
        model.registerConstructor(Types.STATICMETHOD, BuiltinConstructors::staticMethod);
        model.registerConstructor(Types.CLASSMETHOD, BuiltinConstructors::classMethod);
        model.registerConstructor(Types.PROPERTY, BuiltinConstructors::property);
        model.registerAttributes(String.class, (rt, value, name) -> BuiltinMethods.string(rt, (String) value, name));
        model.registerAttributes(PyList.class, (rt, value, name) -> BuiltinMethods.list(rt, (PyList) value, name));
        model.registerAttributes(PyDict.class, (rt, value, name) -> BuiltinMethods.dict(rt, (PyDict) value, name));
        model.registerAttributes(PySet.class, (rt, value, name) -> BuiltinMethods.set(rt, (PySet) value, name));
        model.registerAttributes(PyTuple.class, (rt, value, name) -> BuiltinMethods.tuple((PyTuple) value, name));
        for (Class<?> number : List.of(Long.class, BigInteger.class, Boolean.class, Double.class)) {
            model.registerAttributes(number, (rt, value, name) -> BuiltinMethods.number(value, name));
        }
    }
}
