using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditCheckpointTests
{
    [Fact]
    public void A_checkpoint_round_trips_and_any_changed_field_breaks_its_signature()
    {
        var dir = Directory.CreateTempSubdirectory("dangjian-checkpoint-").FullName;
        try
        {
            Should.Throw<ConfigurationProblem>(() => CheckpointKey.Resolve(null, dir, createIfMissing: false));
            var key = CheckpointKey.Resolve(null, dir);
            var again = CheckpointKey.Resolve(null, dir, createIfMissing: false);
            again.Fingerprint.ShouldBe(key.Fingerprint);
            var other = CheckpointKey.Resolve(null, Path.Combine(dir, "other"));

            var checkpoint = AuditCheckpoint.Sign(42, 42, new string('a', 64), new DateTime(2026, 12, 4, 1, 2, 3, DateTimeKind.Utc), key);
            var read = AuditCheckpoint.Parse(checkpoint.ToJson());
            read.ShouldBe(checkpoint);
            key.Verify(read.Payload(), read.Signature).ShouldBeTrue();
            key.Verify((read with { Count = 43 }).Payload(), read.Signature).ShouldBeFalse();
            key.Verify((read with { LastHash = new string('b', 64) }).Payload(), read.Signature).ShouldBeFalse();
            other.Verify(read.Payload(), read.Signature).ShouldBeFalse();
            Should.Throw<FormatException>(() => AuditCheckpoint.Parse("{}")).Message.ShouldContain("检查点文件无法读取");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
