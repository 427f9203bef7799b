using System.Buffers.Binary;

namespace Dangjian.Core.Tests.Members;

/// <summary>Rewrites (where the function gives one) the uncompressed sizes a zip declares (central directory and local headers), as a forger would.</summary>
public static class ForgedZip
{
    public static void DeclareSizes(string path, Func<string, uint?> declaredSize)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        var end = span.LastIndexOf("PK\u0005\u0006"u8);
        int entries = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]);
        for (var i = 0; i < entries; i++)
        {
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            if (declaredSize(System.Text.Encoding.UTF8.GetString(span.Slice(at + 46, nameLength))) is { } size)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 24)..], size);
                BinaryPrimitives.WriteUInt32LittleEndian(span[(local + 22)..], size);
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        File.WriteAllBytes(path, bytes);
    }
}
