package dev.asynciotck.reference.strand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The choice of mechanism: what a build execution forces is what runs, and bad values fail clearly. */
class StrandMechanismTest {

    @Test
    void theMechanismABuildForcesIsTheOneSelected() {
        String forced = System.getProperty(StrandMechanism.PROPERTY);
        if (forced != null && !forced.equals("auto")) {
            assertThat(StrandMechanism.selected().label()).isEqualTo(forced);
            assertThat(StrandMechanism.selected().newEngine("t-").mechanism().label()).isEqualTo(forced);
        }
        assertThat(StrandMechanism.describeSelection()).startsWith(StrandMechanism.selected().label() + " (");
    }

    @Test
    void autoPrefersContinuationsExactlyWhenTheyAreAvailable() {
        String saved = System.getProperty(StrandMechanism.PROPERTY);
        try {
            System.setProperty(StrandMechanism.PROPERTY, "auto");
            assertThat(StrandMechanism.selected()).isEqualTo(Continuations.UNAVAILABLE_REASON == null
                    ? StrandMechanism.CONTINUATION : StrandMechanism.VIRTUAL_THREAD);
            System.setProperty(StrandMechanism.PROPERTY, "green-threads");
            assertThatThrownBy(StrandMechanism::selected).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-Dasynciotck.strand=green-threads names no strand mechanism");
            System.setProperty(StrandMechanism.PROPERTY, "virtual-thread");
            assertThat(StrandMechanism.selected()).isEqualTo(StrandMechanism.VIRTUAL_THREAD);
        } finally {
            if (saved == null) {
                System.clearProperty(StrandMechanism.PROPERTY);
            } else {
                System.setProperty(StrandMechanism.PROPERTY, saved);
            }
        }
    }
}
