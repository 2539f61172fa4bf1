# uzlib as v1.13's ESP32 firmware has it, over the Unix port's deflate: decompress(data, wbits)
# and DecompIO(stream, wbits). wbits as v1.13 reads it: 0 or positive, a zlib stream; negative,
# raw DEFLATE with a window of 2**-wbits; above 16 (DecompIO), a gzip stream.
import deflate
import io


def _format(wbits):
    if wbits > 16:
        return deflate.GZIP, wbits - 16
    if wbits < 0:
        return deflate.RAW, -wbits
    return deflate.ZLIB, wbits


def DecompIO(stream, wbits=0):
    form, window = _format(wbits)
    return deflate.DeflateIO(stream, form, window)


def decompress(data, wbits=0, bufsize=0):
    return DecompIO(io.BytesIO(data), wbits).read()
