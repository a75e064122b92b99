package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstOfficerTransactionTest {

    @Test
    void writesTheAuditDetailAsTheAuditLogScreenReadsIt() {
        assertThat(FirstOfficerTransaction.detail("username", "kepala.bkpsdmd", "role", "BKPSDMD", "opd", "BKPSDMD"))
                .isEqualTo("{\"username\":\"kepala.bkpsdmd\",\"role\":\"BKPSDMD\",\"opd\":\"BKPSDMD\"}");
    }

    @Test
    void escapesQuotesInANameTypedByTheOfficer() {
        assertThat(FirstOfficerTransaction.detail("name", "Badan \"Kepegawaian\" \\ Daerah\n"))
                .isEqualTo("{\"name\":\"Badan \\\"Kepegawaian\\\" \\\\ Daerah\\n\"}");
    }
}
