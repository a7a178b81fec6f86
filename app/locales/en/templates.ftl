# templates
# The built-in survey templates (domain/templates.rs): what a draft made
# from one gets, formatted on the server only, in the language of the
# page that makes it. The cards' titles and summaries are in
# dashboard.ftl. Keys: template-<code>-description; question N is
# template-<code>-qN, with its -optionM, -rowM, -columnM, -low, -high and
# -unit. Choice options, statements and scale points must stay distinct
# within their question, labels and scale points at most 60 characters.

## Shared by several templates

# The five points of the rating matrices.
template-quality-1 = Poor
template-quality-2 = Fair
template-quality-3 = Good
template-quality-4 = Very good
template-quality-5 = Excellent
# The ends of the 0 to 10 "would you recommend us?" scale.
template-recommend-low = Not at all likely
template-recommend-high = Extremely likely

## Customer satisfaction

# Markdown.
template-customer-satisfaction-description = Thank you for taking **two minutes** to tell us how we did.
template-customer-satisfaction-q1 = Overall, how satisfied are you with us?
template-customer-satisfaction-q1-low = Very dissatisfied
template-customer-satisfaction-q1-high = Very satisfied
template-customer-satisfaction-q2 = How likely are you to recommend us to a friend or colleague?
template-customer-satisfaction-q3 = How would you rate us on each of these?
template-customer-satisfaction-q3-row1 = Quality of the product
template-customer-satisfaction-q3-row2 = Value for money
template-customer-satisfaction-q3-row3 = Speed of service
template-customer-satisfaction-q3-row4 = Friendliness of our staff
template-customer-satisfaction-q4 = How did you first hear about us?
template-customer-satisfaction-q4-option1 = Search engine
template-customer-satisfaction-q4-option2 = Social media
template-customer-satisfaction-q4-option3 = A friend or colleague
template-customer-satisfaction-q4-option4 = An advertisement
template-customer-satisfaction-q5 = What could we do better?
template-customer-satisfaction-q6 = May we contact you about your answers? Leave your email address.

## Net Promoter Score

# Markdown.
template-nps-description = One question, and a few more if you have a moment.
template-nps-q1 = How likely are you to recommend us to a friend or colleague?
template-nps-q2 = What is the main reason for your score?
template-nps-q3 = What do you value most about us? Choose up to two.
template-nps-q3-option1 = Product quality
template-nps-q3-option2 = Price
template-nps-q3-option3 = Customer service
template-nps-q3-option4 = Ease of use
template-nps-q3-option5 = Reliability
template-nps-q4 = How long have you been a customer?
template-nps-q4-option1 = Less than 6 months
template-nps-q4-option2 = 6 to 12 months
template-nps-q4-option3 = 1 to 2 years
template-nps-q4-option4 = 3 to 5 years
template-nps-q4-option5 = More than 5 years

## Event feedback

# Markdown.
template-event-feedback-description = Thanks for joining us. Your answers shape the next edition.
template-event-feedback-q1 = Which day did you attend?
template-event-feedback-q2 = How would you rate the event overall?
template-event-feedback-q2-low = Poor
template-event-feedback-q2-high = Excellent
template-event-feedback-q3 = How would you rate each part of the event?
template-event-feedback-q3-row1 = Talks
template-event-feedback-q3-row2 = Workshops
template-event-feedback-q3-row3 = Venue
template-event-feedback-q3-row4 = Food and drinks
template-event-feedback-q3-row5 = Organisation
template-event-feedback-q4 = Put the sessions in order, most useful first.
template-event-feedback-q4-option1 = Keynote
template-event-feedback-q4-option2 = Panel discussion
template-event-feedback-q4-option3 = Workshops
template-event-feedback-q4-option4 = Networking
template-event-feedback-q5 = How many events like this do you attend in a year?
# The unit after the number.
template-event-feedback-q5-unit = events
template-event-feedback-q6 = Would you come again next year?
template-event-feedback-q6-option1 = Yes
template-event-feedback-q6-option2 = Maybe
template-event-feedback-q6-option3 = No
template-event-feedback-q7 = Anything else you would like to tell the organisers?

## Employee pulse

# Markdown.
template-employee-pulse-description = Anonymous and short: answer honestly, it takes about a minute.
template-employee-pulse-q1 = How much do you agree with these statements?
template-employee-pulse-q1-row1 = I know what is expected of me at work
template-employee-pulse-q1-row2 = I have what I need to do my job well
template-employee-pulse-q1-row3 = My manager gives me useful feedback
template-employee-pulse-q1-row4 = I would recommend this team as a great place to work
template-employee-pulse-q1-column1 = Strongly disagree
template-employee-pulse-q1-column2 = Disagree
template-employee-pulse-q1-column3 = Neutral
template-employee-pulse-q1-column4 = Agree
template-employee-pulse-q1-column5 = Strongly agree
template-employee-pulse-q2 = How was your workload over the last two weeks?
template-employee-pulse-q2-low = Far too light
template-employee-pulse-q2-high = Far too heavy
template-employee-pulse-q3 = How energised do you feel at work this week?
template-employee-pulse-q3-low = Drained
template-employee-pulse-q3-high = Full of energy
template-employee-pulse-q4 = Which department do you work in?
template-employee-pulse-q4-option1 = Engineering
template-employee-pulse-q4-option2 = Finance
template-employee-pulse-q4-option3 = Human resources
template-employee-pulse-q4-option4 = Marketing
template-employee-pulse-q4-option5 = Operations
template-employee-pulse-q4-option6 = Sales
template-employee-pulse-q4-option7 = Support
template-employee-pulse-q5 = What one thing would make your work better?
