# uasyncio, which v1.13's ESP32 firmware freezes: the Unix port's asyncio, the same API under the
# name of its time (its parts load when first named, as asyncio's do).
import asyncio as _asyncio


def __getattr__(name):
    return getattr(_asyncio, name)
