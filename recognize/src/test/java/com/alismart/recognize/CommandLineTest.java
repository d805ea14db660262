package com.alismart.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as scripts/recognize runs it: a separate JVM, stdout, stderr and the exit code. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void prints_one_json_object_and_exits_0() throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<title>Mühle : Amazon.de: Küche</title>"
                + "<span id=productTitle>Kaffeemühle</span>", StandardCharsets.UTF_8);
        Run r = run(page.toString(), "https://www.amazon.de/dp/B09XYZ1234");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).doesNotContain("\n");
        assertThat(new ObjectMapper().readTree(r.out()).get("title").asText()).isEqualTo("Kaffeemühle");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_binary_file_is_other() throws Exception {
        Path page = Files.write(dir.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Run r = run(page.toString(), "https://www.ebay.com/itm/123456789012");
        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("kind").asText()).isEqualTo("other");
    }

    @Test
    void a_missing_file_is_an_error_on_stderr() throws Exception {
        Run r = run(dir.resolve("missing.html").toString(), "https://www.amazon.com/dp/B0AAAAAAAA");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("cannot read").contains("missing.html").contains("no such file");
    }

    @Test
    void a_directory_is_an_error_on_stderr() throws Exception {
        Run r = run(dir.toString(), "https://www.amazon.com/dp/B0AAAAAAAA");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("directory");
    }

    @Test
    void wrong_arguments_print_the_usage() throws Exception {
        Run r = run("only-one");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("usage: scripts/recognize FILE URL");
    }
}
