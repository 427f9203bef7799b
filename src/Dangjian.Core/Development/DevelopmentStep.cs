namespace Dangjian.Core.Development;

/// <summary>What a step records besides its date.</summary>
public enum StepInput { None, Training, Vote, Notice, Review }

/// <summary>
/// One of the 25 steps. <see cref="Stage"/> is the stage the candidate is in once the step is done;
/// <see cref="Repeatable"/> steps (the half-yearly reviews) may be recorded more than once.
/// </summary>
public sealed record DevelopmentStep(int Number, string Name, DevelopmentStage Stage, string Article, StepInput Input = StepInput.None, bool Repeatable = false);
