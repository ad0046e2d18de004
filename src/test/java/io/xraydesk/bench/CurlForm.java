package io.xraydesk.bench;

import io.xraydesk.api.model.UploadTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmarks' reference upload: {@code curl -F} with the signed form fields, then the file. */
public final class CurlForm {

    private CurlForm() {
    }

    /**
     * Sends {@code file} to {@code target} as S3's presigned POST form: the fields in order
     * ({@code --form-string}, taken literally), then the file part.
     *
     * @throws IllegalStateException unless curl exits with 0 and S3 answers 204
     */
    public static void upload(UploadTarget target, Path file, String contentType)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}"));
        for (Map.Entry<String, String> field : target.fieldsInOrder().entrySet()) {
            command.add("--form-string");
            command.add(field.getKey() + "=" + field.getValue());
        }
        command.add("-F");
        command.add("file=@" + file + ";type=" + contentType);
        command.add(target.url());
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = curl.waitFor();
        if (exit != 0 || !answer.equals("204")) {
            throw new IllegalStateException("curl upload failed: exit " + exit + ", " + answer);
        }
    }
}
