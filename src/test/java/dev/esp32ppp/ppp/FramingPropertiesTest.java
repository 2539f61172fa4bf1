package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Tag;

@Tag("unit")
class FramingPropertiesTest {
    @Property
    void anyContentSurvivesEncodingAndDecodingWithAnyAccm(@ForAll @Size(min = 1, max = 1600) byte[] content,
                                                            @ForAll int accm) {
        byte[] wire = HdlcEncoder.encode(content, accm);
        List<HdlcFrame> frames = new ArrayList<>();
        new HdlcDecoder(1602, frames::add).accept(wire, 0, wire.length);

        assertThat(frames).singleElement().satisfies(frame -> {
            assertThat(frame.fcsOk()).isTrue();
            assertThat(frame.content()).isEqualTo(content);
        });
        for (int i = 1; i < wire.length - 1; i++) {
            int octet = wire[i] & 0xff;
            assertThat(octet).isNotEqualTo(HdlcDecoder.FLAG);
            if (octet < 0x20) {
                assertThat(accm >>> octet & 1).as("octet 0x%02x is in the ACCM but was sent bare", octet).isZero();
            }
        }
    }

    @Property
    void decodingAnyBytesNeverThrowsAndKeepsFramesWithinTheLimit(@ForAll @Size(max = 10_000) byte[] noise) {
        List<HdlcFrame> frames = new ArrayList<>();
        new HdlcDecoder(256, frames::add).accept(noise, 0, noise.length);

        assertThat(frames).allSatisfy(frame -> assertThat(frame.content().length).isLessThanOrEqualTo(254));
    }

    /** A live link fed any bytes, raw or framed with a good FCS, never throws. */
    @Property(tries = 200)
    void aLinkTakesAnyInput(@ForAll @Size(max = 40) java.util.List<@Size(max = 300) byte[]> frames,
                            @ForAll boolean framed) {
        ManualScheduler clock = new ManualScheduler();
        PppLink link = new PppLink(dev.esp32ppp.esp32.FirmwareProfile.IDF3_OFFICIAL.linkSettings(), clock,
                new java.util.Random(3)::nextInt, bytes -> { }, new LinkListener() { });
        link.connect();
        for (byte[] frame : frames) {
            byte[] wire = framed ? HdlcEncoder.encode(frame, 0) : frame;
            link.input(wire, 0, wire.length);
            clock.advance(100);
        }
        assertThat(link.phase()).isNotNull();
    }
}
