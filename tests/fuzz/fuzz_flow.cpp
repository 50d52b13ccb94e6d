// libFuzzer target for the flow parser, writer, validator and player. Beyond "does not
// crash" (under AddressSanitizer and UBSan) it checks the invariants the editor relies on:
//  - every diagnostic has a place inside the text;
//  - text that parses is written back in a form that parses to the same tree, and writing
//    that again gives the same bytes (the writer is a fixed point);
//  - the player ends for any flow when it always presses the first button.
#include "flow/flowdocument.h"
#include "flow/flowplayer.h"
#include "flow/flowvalidator.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "invariant broken: %s\n", what);
    abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FlowDocument doc = FlowDocument::fromText(text);

    const QList<FlowDiagnostic> diagnostics = FlowValidator().validate(doc);
    for (const FlowDiagnostic &d : diagnostics) {
        if (d.line < 1 || d.column < 1 || d.offset < 0 || d.offset > text.size())
            fail("diagnostic without a place in the text");
        if (d.code.isEmpty() || d.message.isEmpty())
            fail("diagnostic without code or message");
    }
    if (doc.hasSyntaxError())
        return 0;

    const QString written = JsonWriter::write(doc.root(), doc.format());
    auto reparsed = JsonParser::parse(written);
    if (!std::holds_alternative<JsonValue>(reparsed))
        fail("written text does not parse");
    if (!(std::get<JsonValue>(reparsed) == doc.root()))
        fail("written text parses to another tree");
    if (JsonWriter::write(std::get<JsonValue>(reparsed), JsonFormat::detect(written)) != written)
        fail("writing is not a fixed point");

    FlowPlayer player(doc.root());
    player.start();
    for (qsizetype steps = 0; steps <= 4 * player.messageCount() + 4; ++steps) {
        const FlowPlayer::Step step = player.next();
        if (step.kind == FlowPlayer::Step::Kind::Finished)
            return 0;
        if (step.kind == FlowPlayer::Step::Kind::Wait && !player.answer(0).ok())
            fail("a waiting message has no first button");
    }
    fail("the player does not end");
}
