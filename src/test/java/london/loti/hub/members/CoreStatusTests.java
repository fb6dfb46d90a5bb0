package london.loti.hub.members;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoreStatusTests {

    @Test
    void aCouncilIsCoreOnlyWhenAllFiveCommitmentsAreEvidenced() {
        assertThat(new CoreStatus(EnumSet.allOf(Commitment.class)).core()).isTrue();
        assertThat(new CoreStatus(EnumSet.allOf(Commitment.class)).tier()).isEqualTo("Core LOTI");
        assertThat(new CoreStatus(Set.of()).core()).isFalse();
    }

    @Test
    void aCouncilWithFourOfTheFiveIsNotCoreAndTheMissingOneIsNamed() {
        var four = new CoreStatus(EnumSet.complementOf(EnumSet.of(Commitment.CHIEF_EXECUTIVE_SUPPORT)));
        assertThat(four.core()).isFalse();
        assertThat(four.tier()).isEqualTo("All councils");
        assertThat(four.missing()).containsExactly(Commitment.CHIEF_EXECUTIVE_SUPPORT);
        assertThat(four.missing().get(0).label()).isEqualTo("Support of the chief executive's office");
    }

    @Test
    void missingCommitmentsAreListedInTheChecklistsOrder() {
        var one = new CoreStatus(EnumSet.of(Commitment.OFFICER_TIME));
        assertThat(one.missing()).containsExactly(Commitment.LOCAL_DIGITAL_DECLARATION, Commitment.LOTI_MOU,
                Commitment.CONTRIBUTION_AGREED, Commitment.CHIEF_EXECUTIVE_SUPPORT);
    }
}
