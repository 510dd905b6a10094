/** The id of the JSON element that holds a quiz's explanations, sources and feedback (QuizActivity). */
export const quizDetailsId = (activityId: string) => `quiz-details-${activityId}`;
