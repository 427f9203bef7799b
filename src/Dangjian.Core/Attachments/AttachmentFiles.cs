using Dangjian.Core.Security;

namespace Dangjian.Core.Attachments;

/// <summary>
/// Where attachments' files live (&lt;DataDirectory&gt;/attachments, under random names) and the key they are sealed
/// with (<see cref="SealedFile"/>, derived from the field key with <see cref="KeyLabel"/>).
/// </summary>
public sealed class AttachmentFiles(string dataDirectory, byte[] key)
{
    public const string KeyLabel = "attachments";

    public string Folder => Path.Combine(dataDirectory, "attachments");

    public byte[] Key => key;

    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));

    /// <summary>The attachment's content (decrypted in memory, at most 10 MB); null when the file is missing or does not decrypt.</summary>
    public Stream? Open(StoredAttachment row)
    {
        var path = PathOf(row.StoredName);
        if (!File.Exists(path))
        {
            return null;
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!SealedFile.IsSealed(file))
        {
            return file; // stored before attachments were encrypted
        }

        using (file)
        {
            var plain = new MemoryStream();
            try
            {
                SealedFile.Decrypt(file, plain, key);
            }
            catch (SealedFileException)
            {
                return null;
            }

            plain.Position = 0;
            return plain;
        }
    }
}
