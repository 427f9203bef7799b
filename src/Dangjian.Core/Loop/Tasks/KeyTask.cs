namespace Dangjian.Core.Loop.Tasks;

/// <summary>One monthly item of a key-task list, due at <see cref="DueOn"/> for every receiver.</summary>
public class KeyTask
{
    public int Id { get; set; }
    public int ListId { get; set; }
    public KeyTaskList? List { get; set; }

    public int Month { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public List<KeyTaskAssignment> Assignments { get; set; } = [];
}
