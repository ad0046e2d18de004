package io.xraydesk.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksTheSensitiveHeadersJsonFieldsAndQueryValues() {
        assertEquals("sessionToken: ***", Redactor.redact("sessionToken: abc123xyz"));
        assertEquals("{\"userId\":\"***\",\"name\":\"x\"}", Redactor.redact("{\"userId\":\"6413297aad\",\"name\":\"x\"}"));
        assertEquals("GET /x?SESSIONTOKEN=*** done", Redactor.redact("GET /x?SESSIONTOKEN=abc done"));
        assertEquals("https://b.s3.amazonaws.com/k?X-Amz-Date=1&X-Amz-Signature=***&a=b",
                Redactor.redact("https://b.s3.amazonaws.com/k?X-Amz-Date=1&X-Amz-Signature=f00d&a=b"));
    }

    @Test
    void masksSignatureFieldsOfAnUploadForm() {
        String form = "Content-Disposition: form-data; name=\"x-amz-signature\"\r\n\r\nd34dbeef\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"key\"\r\n\r\nrequests/q1/f.pdf\r\n";
        String redacted = Redactor.redact(form);
        assertFalse(redacted.contains("d34dbeef"), redacted);
        assertEquals(true, redacted.contains("requests/q1/f.pdf"));
        assertEquals("{\"x-amz-signature\":\"***\"}", Redactor.redact("{\"x-amz-signature\":\"d34dbeef\"}"));
    }

    @Test
    void registeredSecretsAreMaskedWhateverTheirContext() {
        Redactor.registerSecret("reg1stered-s3cret-value");
        assertEquals("token was *** (in free text)", Redactor.redact("token was reg1stered-s3cret-value (in free text)"));
    }

    @Test
    void tooShortSecretsAreIgnoredRatherThanMaskingEverything() {
        Redactor.registerSecret("a");
        assertEquals("banana", Redactor.redact("banana"));
        assertEquals(null, Redactor.redact(null));
    }
}
