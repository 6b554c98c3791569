import { channels, type Channel } from '@/utils/outreach/channels';
import { text } from './text';

interface Props {
  channel: Channel;
  onChannel: (channel: Channel) => void;
}

/** Journey 4: where the message goes, which sets its limit and whether it has a subject. */
export function ChannelChoice({ channel, onChannel }: Props) {
  return (
    <label class="channel">
      {text.draft.channel}
      <select value={channel} onChange={(e) => onChannel(e.currentTarget.value as Channel)}>
        {channels.map((value) => (
          <option key={value} value={value}>
            {text.channelNames[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
