package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The weakref subset ({@code ref(obj)}); expected output recorded from CPython 3.13.0 and 3.6.15 (identical). */
class WeakrefSubsetTest {

    @Test
    void refReturnsTheLiveObjectAndRejectsTheBuiltinValuesWithoutAWeakrefSlot() {
        assertThat(Run.language("""
                import weakref

                class Box:
                    pass

                def f():
                    return 1

                box = Box()
                r = weakref.ref(box)
                print(r() is box, weakref.ref(f)() is f)
                for value in [1, 1.5, True, "s", (1,), [1], {}, None]:
                    try:
                        weakref.ref(value)
                        print("accepted")
                    except TypeError as e:
                        print(e)
                """).output()).isEqualTo("""
                True True
                cannot create weak reference to 'int' object
                cannot create weak reference to 'float' object
                cannot create weak reference to 'bool' object
                cannot create weak reference to 'str' object
                cannot create weak reference to 'tuple' object
                cannot create weak reference to 'list' object
                cannot create weak reference to 'dict' object
                cannot create weak reference to 'NoneType' object
                """);
    }
}
