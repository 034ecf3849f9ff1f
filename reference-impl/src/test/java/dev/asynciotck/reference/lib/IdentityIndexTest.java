package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gather's argument index: identity, not equality; growth past its expected size and across segments. */
class IdentityIndexTest {

    @Test
    void mapsByIdentityNotEquality() {
        IdentityIndex<String> index = new IdentityIndex<>(2);
        String a = new String("same");
        String b = new String("same");
        index.putNew(a, "first");
        assertThat(index.get(a)).isEqualTo("first");
        assertThat(index.get(b)).isNull();
        index.putNew(b, "second");
        assertThat(index.get(a)).isEqualTo("first");
        assertThat(index.get(b)).isEqualTo("second");
        assertThat(index.get(null)).isNull();
    }

    @Test
    void keepsEveryKeyWhenGrowingFromASmallGuessAcrossManySegments() {
        IdentityIndex<Integer> index = new IdentityIndex<>(1);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            Object key = new Object();
            keys.add(key);
            index.putNew(key, i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(index.get(keys.get(i))).isEqualTo(i);
        }
        assertThat(index.get(new Object())).isNull();
    }

    @Test
    void presizedForManyKeysFindsThemAll() {
        IdentityIndex<Integer> index = new IdentityIndex<>(100_000);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Object key = new Object();
            keys.add(key);
            index.putNew(key, i);
        }
        for (int i = keys.size() - 1; i >= 0; i--) {
            assertThat(index.get(keys.get(i))).isEqualTo(i);
        }
    }
}
