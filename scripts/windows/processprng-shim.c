/* Test-only shim, never shipped: Debian 12's Wine 8 has no ProcessPrng in
 * bcryptprimitives.dll, which Rust's standard library imports for its random
 * numbers. This DLL exports it on top of RtlGenRandom (SystemFunction036),
 * which Wine has. Placed beside the .exe with
 * WINEDLLOVERRIDES=bcryptprimitives=n so Wine loads it instead of its own. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
