package id.go.merangin.sapo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void namesAFailureWithoutTheWholeAddressEvenWhereTheServerRepeatsIt() {
        MessagingException rejected = new MessagingException(
                "550 5.1.1 <Rahmat.Hidayat@Merangin.go.id>: Recipient address rejected: User unknown");

        assertThat(Outbox.failure(rejected, "rahmat.hidayat@merangin.go.id"))
                .isEqualTo("jakarta.mail.MessagingException: 550 5.1.1 <r***@merangin.go.id>: Recipient address "
                        + "rejected: User unknown");
    }

    @Test
    void namesAnUnparsableAddressMasked() {
        AddressException invalid = new AddressException("Domain contains illegal character", "budi@@merangin");

        assertThat(Outbox.failure(invalid, "budi@@merangin"))
                .startsWith("jakarta.mail.internet.AddressException: ")
                .doesNotContain("budi@");
    }

    @Test
    void namesAFailureWithoutAMessageByItsClass() {
        assertThat(Outbox.failure(new MessagingException("Couldn't connect", new ConnectException()), "a@b.go.id"))
                .startsWith("jakarta.mail.MessagingException: Couldn't connect");
        assertThat(Outbox.failure(new IllegalStateException(), "a@b.go.id"))
                .isEqualTo("java.lang.IllegalStateException");
    }
}
