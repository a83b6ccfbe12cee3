package io.journeyboard.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class PictureExportApiTest {

    @BothDatabases
    void journeyExportsAsSvgPdfPngAndTables(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply svg = owner.get(path + "/export?format=svg");
        Reply pdf = owner.get(path + "/export?format=pdf&page=a4");
        Reply png = owner.get(path + "/export?format=png&scale=0.5");
        Reply csv = owner.get(path + "/export?format=csv&table=cards");

        assertThat(svg.status()).as(svg.toString()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg", "Onboarding", "Discover", "Visit site", "Reads pricing");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertThat(png.body().substring(1, 4)).isEqualTo("PNG");
        assertThat(csv.body()).contains("Reads pricing");
        assertThat(owner.get(path + "/export").header("Content-Disposition")).contains("j1.json");
    }

    @BothDatabases
    void personaExportsAsAOnePager(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Fixtures.journeyIn(owner, ws, "j1");

        Reply svg = owner.get("/api/v1/workspaces/" + ws + "/personas/p1/export?format=svg");
        Reply table = owner.get("/api/v1/workspaces/" + ws + "/personas/p1/export?format=xlsx");
        Reply missing = owner.get("/api/v1/workspaces/" + ws + "/personas/nobody/export?format=pdf");

        assertThat(svg.status()).as(svg.toString()).isEqualTo(200);
        assertThat(svg.body()).contains("Ada", "Small business owner", "Onboarding");
        assertThat(table.status()).isEqualTo(400);
        assertThat(table.body()).contains("svg, png or pdf");
        assertThat(missing.status()).isEqualTo(404);
    }

    @BothDatabases
    void badFormatsAndOptionsAreRefusedPlainly(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply format = owner.get(path + "/export?format=gif");
        Reply scale = owner.get(path + "/export?format=png&scale=huge");
        Reply page = owner.get(path + "/export?format=pdf&page=letter");

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body()).contains("'gif' is not an export format");
        assertThat(scale.status()).isEqualTo(400);
        assertThat(page.status()).isEqualTo(400);
    }
}
