using System.Buffers.Binary;
using System.IO.Compression;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// What the entries of a zip really inflate to. The sizes a zip declares can be forged, and .NET's ZipArchive trusts
/// them (it cuts an entry off at its declared size), so this walks the central directory itself and inflates each
/// entry's deflate stream to its real end, counting the bytes and stopping once the total passes the cap.
/// </summary>
public static class ZipInflation
{
    public enum Outcome { Fits, OverCap, Damaged }

    public static Outcome Measure(Stream zip, long cap)
    {
        var tail = new byte[(int)Math.Min(zip.Length, 22 + 65535)];
        zip.Position = zip.Length - tail.Length;
        zip.ReadExactly(tail);
        var end = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + 22 > tail.Length)
        {
            return Outcome.Damaged;
        }

        int entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        long at = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        long total = 0;
        var header = new byte[46];
        for (var i = 0; i < entries; i++)
        {
            if (!ReadAt(zip, at, header) || BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x02014B50)
            {
                return Outcome.Damaged;
            }

            int method = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(10));
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(20));
            long declared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24));
            long local = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(42));
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30))
                + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
            var inflated = Inflate(zip, local, method, compressed, cap - total);
            if (inflated is null)
            {
                return Outcome.Damaged;
            }

            total += inflated.Value;
            if (total > cap)
            {
                return Outcome.OverCap;
            }

            if (inflated.Value != declared)
            {
                return Outcome.Damaged; // a parser trusting the declared size would read a cut-off entry
            }
        }

        return Outcome.Fits;
    }

    /// <summary>Bytes the entry inflates to (at most <paramref name="room"/> + 1: enough to know it is over), null if unreadable.</summary>
    private static long? Inflate(Stream zip, long local, int method, long compressed, long room)
    {
        var header = new byte[30];
        if (!ReadAt(zip, local, header) || BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034B50)
        {
            return null;
        }

        var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
        if (data > zip.Length)
        {
            return null;
        }

        if (method == 0)
        {
            return Math.Min(compressed, zip.Length - data);
        }

        if (method != 8)
        {
            return null;
        }

        zip.Position = data;
        using var inflater = new DeflateStream(zip, CompressionMode.Decompress, leaveOpen: true);
        var buffer = new byte[81920];
        long count = 0;
        for (int read; count <= room && (read = inflater.Read(buffer)) > 0;)
        {
            count += read;
        }

        return count;
    }

    private static bool ReadAt(Stream zip, long offset, byte[] into)
    {
        if (offset < 0 || offset + into.Length > zip.Length)
        {
            return false;
        }

        zip.Position = offset;
        zip.ReadExactly(into);
        return true;
    }
}
